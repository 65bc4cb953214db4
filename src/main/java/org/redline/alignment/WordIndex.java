package org.redline.alignment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An inverted index of base points by their stemmed words and word pairs: a draft point's best
 * candidates by words come from the postings of its own words, not from a comparison with every base
 * point. Words that most base points share are skipped (their postings would make the cost grow with
 * the square of the document); word pairs keep near-identical texts findable when every single word
 * is common.
 */
final class WordIndex {

    /** A base point and its score: the summed rarity of the words and pairs it shares with the query. */
    record Hit(int base, double score) {
    }

    private final Map<String, int[]> postings = new HashMap<>();
    private final int columns;
    /** A key in more base points than this is too common to look up, unless the query has nothing rarer. */
    private final int common;

    WordIndex(List<Integer> columns, java.util.function.IntFunction<String> textOf) {
        this.columns = columns.size();
        this.common = Math.max(50, columns.size() / 20);
        var lists = new HashMap<String, List<Integer>>();
        for (int b : columns) {
            for (var key : keys(textOf.apply(b))) {
                lists.computeIfAbsent(key, k -> new ArrayList<>()).add(b);
            }
        }
        lists.forEach((key, list) -> postings.put(key, list.stream().mapToInt(Integer::intValue).toArray()));
    }

    /** The distinct stemmed words of a text and its pairs of neighbouring words. */
    static Set<String> keys(String text) {
        var terms = Terms.of(text);
        var keys = new HashSet<>(terms);
        for (int t = 0; t + 1 < terms.size(); t++) {
            keys.add(terms.get(t) + " " + terms.get(t + 1));
        }
        return keys;
    }

    List<Hit> top(String text, int count) {
        var found = new ArrayList<int[]>();
        for (var key : keys(text)) {
            var list = postings.get(key);
            if (list != null) {
                found.add(list);
            }
        }
        var usable = found.stream().filter(list -> list.length <= common).toList();
        if (usable.isEmpty()) {
            usable = found.stream().sorted(Comparator.comparingInt(list -> list.length)).limit(3).toList();
        }
        var scores = new HashMap<Integer, Double>();
        for (var list : usable) {
            double rarity = Math.log(1.0 + (double) columns / list.length);
            for (int b : list) {
                scores.merge(b, rarity, Double::sum);
            }
        }
        var hits = new ArrayList<Hit>(scores.size());
        scores.forEach((b, s) -> hits.add(new Hit(b, s)));
        hits.sort((a, c) -> c.score() != a.score() ? Double.compare(c.score(), a.score()) : Integer.compare(a.base(), c.base()));
        return hits.subList(0, Math.min(count, hits.size()));
    }
}
