package org.redline.alignment;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;

/**
 * How one draft point got its key, and what else it continues.
 *
 * @param index the point's place in the draft (0-based)
 * @param number the point's number in the draft, if any
 * @param baseKey the base point it continues under the same key, or null when it is new (or split off)
 * @param baseNumber that base point's number, so a preview reads {@code 6 → 4}
 * @param score confidence in [0, 1]; 1 for an explicit key, 0 for a new point
 * @param reason how it got its key (see {@link Reason}; written as its lower-case code in JSON and pages)
 * @param mergedFrom other base keys whose points this one absorbs (a merge: two old points, one new)
 * @param splitFrom the base key this point was split off from; another draft point carries it on
 * @param alternatives the next most likely base points, with their probabilities, for an editor choosing another
 * @param review whether an editor should look before saving: a match found less likely than {@link #SURE}, or a
 *     point left new although a base point is a fair candidate ({@link #FAIR} or more)
 */
public record Match(int index, String number, String key, String baseKey, String baseNumber, double score,
        Reason reason, List<String> mergedFrom, String splitFrom, List<Candidate> alternatives, boolean review) {

    /** A match at least this likely needs no second look. */
    public static final double SURE = 0.8;
    /** A candidate this likely makes a point left new worth a second look. */
    public static final double FAIR = 0.3;

    public Match {
        mergedFrom = mergedFrom == null ? List.of() : List.copyOf(mergedFrom);
        alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
    }

    /** Flags for review what the decision was least sure of: see {@code review}. */
    public Match(int index, String number, String key, String baseKey, String baseNumber, double score, Reason reason,
            List<String> mergedFrom, String splitFrom, List<Candidate> alternatives) {
        this(index, number, key, baseKey, baseNumber, score, reason, mergedFrom, splitFrom, alternatives,
                needsReview(reason, baseKey, splitFrom, score, alternatives));
    }

    private static boolean needsReview(Reason reason, String baseKey, String splitFrom, double score, List<Candidate> alternatives) {
        if (reason == Reason.KEY || reason == Reason.MARKED_NEW) {
            return false;
        }
        boolean continues = baseKey != null || splitFrom != null;
        return continues ? score < SURE : alternatives != null && !alternatives.isEmpty() && alternatives.get(0).score() >= FAIR;
    }

    /** How a draft point got its key. */
    public enum Reason {
        /** The editor gave the key. */
        KEY("key"),
        /** The editor said the point is new. */
        MARKED_NEW("marked-new"),
        /** The same category (title) on one point each side, or a text-less point by its category. */
        CATEGORY("category"),
        /** A point with no text, matched by its number. */
        NUMBER("number"),
        /** By its text: the same, near-identical, or weighed likelier than not (see {@code score}). */
        TEXT("text"),
        /** Nothing was likely enough: a new point (or one split off another). */
        NEW("new");

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        /** What JSON, pages and the evaluation print. */
        @JsonValue
        public String code() {
            return code;
        }

        @Override
        public String toString() {
            return code;
        }
    }

    /** A base point a draft point could have continued, with the probability that it does. */
    public record Candidate(String key, String number, double score) {
    }
}
