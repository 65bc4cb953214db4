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
 * @param alternatives the next most likely base points, with their probabilities, for an editor choosing another
 * @param review whether an editor should look before saving: a match found less likely than {@link #SURE}, or a
 *     point left new although a base point is a fair candidate ({@link #FAIR} or more)
 */
public record Match(int index, String number, String key, String baseKey, String baseNumber, double score,
        String reason, List<String> mergedFrom, String splitFrom, List<Candidate> alternatives, boolean review) {

    /** A match at least this likely needs no second look. */
    public static final double SURE = 0.8;
    /** A candidate this likely makes a point left new worth a second look. */
    public static final double FAIR = 0.3;

    public Match {
        mergedFrom = mergedFrom == null ? List.of() : List.copyOf(mergedFrom);
        alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
    }

    /** Flags for review what the decision was least sure of: see {@code review}. */
    public Match(int index, String number, String key, String baseKey, String baseNumber, double score, String reason,
            List<String> mergedFrom, String splitFrom, List<Candidate> alternatives) {
        this(index, number, key, baseKey, baseNumber, score, reason, mergedFrom, splitFrom, alternatives,
                needsReview(reason, baseKey, splitFrom, score, alternatives));
    }

    private static boolean needsReview(String reason, String baseKey, String splitFrom, double score, List<Candidate> alternatives) {
        if ("key".equals(reason) || "marked-new".equals(reason)) {
            return false;
        }
        boolean continues = baseKey != null || splitFrom != null;
        return continues ? score < SURE : alternatives != null && !alternatives.isEmpty() && alternatives.get(0).score() >= FAIR;
    }

    /** A base point a draft point could have continued, with the probability that it does. */
    public record Candidate(String key, String number, double score) {
    }
}
