package org.redline.alignment;

import java.util.List;

/**
 * How one draft point got its key, and what else it continues.
 *
 * @param index the point's place in the draft (0-based)
 * @param number the point's number in the draft, if any
 * @param baseKey the base point it continues under the same key, or null when it is new (or split off)
 * @param baseNumber that base point's number, so a preview reads {@code 6 → 4}
 * @param score confidence in [0, 1]; 1 for an explicit key, 0 for a new point
 * @param reason {@code key} (given by the editor), {@code category}, {@code text}, {@code number} (a point
 *     with no text, matched by its number), {@code new} (nothing scored above the threshold) or
 *     {@code marked-new} (the editor said so)
 * @param mergedFrom other base keys whose points this one absorbs (a merge: two old points, one new)
 * @param splitFrom the base key this point was split off from; another draft point carries it on
 * @param alternatives the next best base points, for an editor deciding whether to override
 */
public record Match(int index, String number, String key, String baseKey, String baseNumber, double score,
        String reason, List<String> mergedFrom, String splitFrom, List<Candidate> alternatives) {

    public Match {
        mergedFrom = mergedFrom == null ? List.of() : List.copyOf(mergedFrom);
        alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
    }

    /** A base point a draft point could have continued, with its score. */
    public record Candidate(String key, String number, double score) {
    }
}
