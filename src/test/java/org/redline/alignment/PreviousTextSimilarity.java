package org.redline.alignment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * TF-IDF cosine similarity over two views of a text: stemmed words, and character 4-grams of the
 * folded words. Words catch shared vocabulary; n-grams catch what stemming misses (compounds,
 * spellings, "demilitarized"/"demilitarisation"). IDF comes from the texts being aligned, base and
 * draft together, so words every point shares ("Ukraine", "Russia") weigh little.
 */
final class PreviousTextSimilarity {

    static final double WORD_WEIGHT = 0.6;
    private static final int GRAM = 4;

    private final Map<String, Double> wordIdf;
    private final Map<String, Double> gramIdf;

    /** A text seen through both views, each scaled to unit length. */
    record Vector(Map<String, Double> words, Map<String, Double> grams) {
        boolean isEmpty() {
            return words.isEmpty() && grams.isEmpty();
        }
    }

    PreviousTextSimilarity(List<String> corpus) {
        var wordDf = new HashMap<String, Integer>();
        var gramDf = new HashMap<String, Integer>();
        for (var text : corpus) {
            counts(PreviousWording.terms(text)).keySet().forEach(t -> wordDf.merge(t, 1, Integer::sum));
            counts(grams(PreviousWording.words(text))).keySet().forEach(g -> gramDf.merge(g, 1, Integer::sum));
        }
        wordIdf = idf(wordDf, corpus.size());
        gramIdf = idf(gramDf, corpus.size());
    }

    Vector vector(String text) {
        return new Vector(weigh(counts(PreviousWording.terms(text)), wordIdf), weigh(counts(grams(PreviousWording.words(text))), gramIdf));
    }

    double similarity(Vector a, Vector b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        return WORD_WEIGHT * dot(a.words(), b.words()) + (1 - WORD_WEIGHT) * dot(a.grams(), b.grams());
    }

    /**
     * How much of {@code whole}'s weighted vocabulary {@code part} shares, in [0, 1]: asymmetric, so a
     * short base summary can be found whole inside a long draft text, or spread over two of them.
     */
    double coverage(Vector whole, Vector part) {
        double shared = 0;
        for (var entry : whole.words().entrySet()) {
            if (part.words().containsKey(entry.getKey())) {
                shared += entry.getValue() * entry.getValue();
            }
        }
        return shared;
    }

    private static java.util.List<String> grams(List<String> words) {
        var grams = new java.util.ArrayList<String>();
        for (var word : words) {
            var padded = " " + word + " ";
            if (padded.length() <= GRAM) {
                grams.add(padded);
                continue;
            }
            for (int i = 0; i + GRAM <= padded.length(); i++) {
                grams.add(padded.substring(i, i + GRAM));
            }
        }
        return grams;
    }

    private static Map<String, Integer> counts(List<String> items) {
        var counts = new HashMap<String, Integer>();
        items.forEach(item -> counts.merge(item, 1, Integer::sum));
        return counts;
    }

    /** Smoothed IDF; a term unseen in the corpus gets the highest weight. */
    private static Map<String, Double> idf(Map<String, Integer> df, int documents) {
        var idf = new HashMap<String, Double>();
        df.forEach((term, n) -> idf.put(term, Math.log((documents + 1.0) / (n + 1.0)) + 1));
        return idf;
    }

    private static Map<String, Double> weigh(Map<String, Integer> counts, Map<String, Double> idf) {
        var weights = new HashMap<String, Double>();
        double norm = 0;
        double unseen = idf.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
        for (var entry : counts.entrySet()) {
            var weight = (1 + Math.log(entry.getValue())) * idf.getOrDefault(entry.getKey(), unseen);
            weights.put(entry.getKey(), weight);
            norm += weight * weight;
        }
        var length = Math.sqrt(norm);
        if (length > 0) {
            weights.replaceAll((term, weight) -> weight / length);
        }
        return weights;
    }

    private static double dot(Map<String, Double> a, Map<String, Double> b) {
        var small = a.size() <= b.size() ? a : b;
        var large = small == a ? b : a;
        double sum = 0;
        for (var entry : small.entrySet()) {
            var other = large.get(entry.getKey());
            if (other != null) {
                sum += entry.getValue() * other;
            }
        }
        return sum;
    }
}
