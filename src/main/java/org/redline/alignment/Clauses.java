package org.redline.alignment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A text read clause by clause, for many-to-one evidence: a merged point is a list of clauses each of
 * which one of its sources explains, so how many of its clauses a second source explains better than
 * the first says more than one cosine of the whole texts. Clauses are cut at sentence ends, semicolons,
 * colons and a comma before "and", "or" or "but"; coverage is by stemmed, IDF-weighted words ({@link
 * TextSimilarity#coverage}), so it costs no embedding.
 */
final class Clauses {

    private static final Pattern CUT = Pattern.compile("(?<=[.;:!?])\\s+|\\s*;\\s*|,\\s+(?=(?:and|or|but|while|whereas)\\s)");

    private Clauses() {
    }

    static List<String> of(String text) {
        var clauses = new ArrayList<String>();
        if (text == null) {
            return clauses;
        }
        for (var part : CUT.split(text)) {
            if (!Terms.of(part).isEmpty()) {
                clauses.add(part.strip());
            }
        }
        return clauses;
    }

    /**
     * The share of {@code whole}'s clauses (as word vectors), weighed by their count of words, that {@code second}
     * explains better than {@code first} (by how much better): what a second source adds that the first
     * lacks. 0 when the second adds nothing clause by clause, up to 1 when it alone explains them all.
     */
    static double distinctShare(TextSimilarity words, List<TextSimilarity.Vector> whole, TextSimilarity.Vector first,
            TextSimilarity.Vector second) {
        double gained = 0;
        double weight = 0;
        for (var vector : whole) {
            double size = vector.words().size();
            gained += size * Math.max(0, words.coverage(vector, second) - words.coverage(vector, first));
            weight += size;
        }
        return weight == 0 ? 0 : gained / weight;
    }
}
