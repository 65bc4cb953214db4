package org.redline.alignment;

import java.util.List;
import java.util.Locale;
import org.redline.version.DraftPoint;
import org.redline.version.PointView;

/**
 * The names of the evidence each decision weighs, in the order the models' weights are given, and the
 * text a point is compared by.
 */
final class Evidence {

    /**
     * Draft point d continues base point b. {@code meaning}: cosine of their sentence embeddings;
     * {@code words}: TF-IDF cosine of stemmed words and their 4-grams; {@code baseCovered} and
     * {@code draftCovered}: the share of one side's weighted words the other holds; {@code title}:
     * overlap of their titles when both have one; {@code marginDraft} and {@code marginBase}: how far
     * this pair leads (or trails) the next best pair of each side; {@code mutualBest}; {@code
     * sameNumber}; {@code place}: nearness of their relative places in the lists; {@code length}: the
     * ratio of their lengths; {@code neighbours}: whether the points beside them are paired too; {@code
     * between}: whether the pair keeps the order of the pairs already settled around it.
     */
    static final List<String> CONTINUING = List.of("meaning", "words", "baseCovered", "draftCovered", "title",
            "marginDraft", "marginBase", "mutualBest", "sameNumber", "place", "length", "neighbours", "between");

    /**
     * Base point b, left over, was merged into draft point d, which continues b0. {@code covered}: the
     * share of b's words d holds; {@code gain}: how much more of d's words b0 and b explain together
     * than b0 alone; {@code ratio}: how close d reads to b relative to b0; {@code bestForBase}: d is
     * the candidate b reads closest to; {@code meaningGain}: how much closer d's embedding is to the sum
     * of b0's and b's than to b0's alone (the sum of stored vectors: no embedding is computed; embedding
     * the two texts joined was tried, no better and an embedding per candidate); {@code clauses}: the
     * share of d's clauses b explains better than b0 ({@link Clauses}); {@code adjacent}: b stands next to
     * b0 in the base; {@code titleCovered}: the share of b's title words d's title holds.
     */
    static final List<String> MERGE = List.of("meaning", "words", "covered", "gain", "ratio", "bestForBase", "meaningGain",
            "clauses", "adjacent", "titleCovered");

    /**
     * Draft point d, left over, was split off base point b, which draft point d0 continues. {@code
     * covered}: the share of d's words b holds; {@code gain}: how much more of b's words d0 and d
     * cover together than d0 alone; {@code ratio}: how close d reads to b relative to d0; {@code
     * adjacent}: d stands next to d0.
     */
    static final List<String> SPLIT = List.of("meaning", "words", "covered", "gain", "ratio", "adjacent");

    private Evidence() {
    }

    static String document(DraftPoint point) {
        return document(point.category(), point.text());
    }

    static String document(PointView point) {
        return document(point.category(), point.text());
    }

    /** What a point is compared by: its title, if any, then its text. */
    static String document(String category, String text) {
        if (text == null) {
            return "";
        }
        return category == null ? text : category + ". " + text;
    }

    /** Texts equal but for case, spacing and punctuation. */
    static String folded(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
