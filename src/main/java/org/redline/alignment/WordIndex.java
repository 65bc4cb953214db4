package org.redline.alignment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * An inverted index of base points by their weighted words: a draft point's best candidates by words
 * come from the postings of its own words, not from a comparison with every base point.
 */
final class WordIndex {

    /** A base point and its word score (the words-only part of the cosine). */
    record Hit(int base, double score) {
    }

    private final Map<String, List<double[]>> postings = new HashMap<>();

    WordIndex(List<Integer> columns, IntFunction<TextSimilarity.Vector> vectorOf) {
        for (int b : columns) {
            vectorOf.apply(b).words().forEach((term, weight) -> postings.computeIfAbsent(term, k -> new ArrayList<>()).add(new double[] {b, weight}));
        }
    }

    List<Hit> top(TextSimilarity.Vector vector, int count) {
        var scores = new HashMap<Integer, Double>();
        vector.words().forEach((term, weight) -> {
            for (var posting : postings.getOrDefault(term, List.of())) {
                scores.merge((int) posting[0], weight * posting[1], Double::sum);
            }
        });
        var hits = new ArrayList<Hit>(scores.size());
        scores.forEach((b, s) -> hits.add(new Hit(b, s)));
        hits.sort((a, c) -> c.score() != a.score() ? Double.compare(c.score(), a.score()) : Integer.compare(a.base(), c.base()));
        return hits.subList(0, Math.min(count, hits.size()));
    }
}
