package org.redline.alignment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.redline.alignment.AlignmentState.Candidate;

/**
 * Stage 5: the candidate base points of every open draft point and the evidence for each pair, turned
 * into a probability by the continuing model. Its own class because the features ({@link
 * Evidence#CONTINUING}) are most of the alignment's arithmetic and are read together.
 */
final class Weighing {

    private final AlignmentState state;

    Weighing(AlignmentState state) {
        this.state = state;
    }

    void weigh(List<Integer> rows, List<Integer> columns) {
        // embed what is left, both cores
        rows.parallelStream().forEach(state::draftMeaning);
        columns.parallelStream().forEach(state::baseMeaning);
        var index = new WordIndex(columns, b -> Evidence.document(state.base.get(b)));
        boolean scan = (long) rows.size() * columns.size() <= Alignment.MEANING_SCAN_LIMIT;
        var byMeaning = new HashMap<Integer, int[]>();
        if (scan) {
            var columnArray = columns.stream().mapToInt(Integer::intValue).toArray();
            var found = rows.parallelStream().map(i -> topByMeaning(i, columnArray, Alignment.CANDIDATES)).toList();
            for (int r = 0; r < rows.size(); r++) {
                byMeaning.put(rows.get(r), found.get(r));
            }
        }
        var raw = new HashMap<Integer, List<double[]>>();
        for (int i : rows) {
            var chosen = new HashSet<Integer>();
            index.top(Evidence.document(state.points.get(i)), Alignment.CANDIDATES).forEach(c -> chosen.add(c.base()));
            for (int b : byMeaning.getOrDefault(i, new int[0])) {
                chosen.add(b);
            }
            var list = new ArrayList<double[]>();
            for (int b : chosen) {
                double meaning = SentenceModel.cosine(state.draftMeaning(i), state.baseMeaning(b));
                double w = state.words.similarity(state.draftWords(i), state.baseWords(b));
                list.add(new double[] {b, meaning, w, (meaning + w) / 2});
            }
            raw.put(i, list);
        }
        // each side's best and second best, over the candidate pairs
        var rowBest = new HashMap<Integer, double[]>();
        var columnBest = new HashMap<Integer, double[]>();
        raw.forEach((i, list) -> list.forEach(c -> {
            note(rowBest, i, (int) c[0], c[3]);
            note(columnBest, (int) c[0], i, c[3]);
        }));
        int n = state.points.size();
        int m = state.base.size();
        var anchors = new TreeMap<Integer, Integer>();
        for (int i = 0; i < n; i++) {
            if (state.matchedBase[i] >= 0) {
                anchors.put(i, state.matchedBase[i]);
            }
        }
        raw.forEach((i, list) -> {
            var weighed = new ArrayList<Candidate>();
            for (var c : list) {
                int b = (int) c[0];
                double r = c[3];
                var rb = rowBest.get(i);
                var cb = columnBest.get(b);
                boolean rowTop = (int) rb[0] == b;
                boolean columnTop = (int) cb[0] == i;
                double marginDraft = rowTop ? r - rb[2] : r - rb[1];
                double marginBase = columnTop ? r - cb[2] : r - cb[1];
                var d = state.points.get(i);
                var p = state.base.get(b);
                double[] x = {
                    c[1], c[2],
                    state.words.coverage(state.baseWords(b), state.draftWords(i)), state.words.coverage(state.draftWords(i), state.baseWords(b)),
                    titleOverlap(d.category(), p.category()),
                    marginDraft, marginBase, rowTop && columnTop ? 1 : 0,
                    sameNumber(d.number(), p.number()),
                    1 - Math.abs(relative(i, n) - relative(b, m)),
                    lengthRatio(Evidence.document(d), Evidence.document(p)),
                    neighbours(i, b, rowBest, columnBest),
                    between(i, b, anchors)};
                weighed.add(new Candidate(b, c[1], c[2], x, state.model.continuing().probability(x)));
            }
            weighed.sort(Comparator.comparingDouble(Candidate::probability).reversed());
            state.candidates.put(i, weighed);
        });
    }

    /** The {@code count} base points closest in meaning, by a scan kept to primitives (no object per pair). */
    private int[] topByMeaning(int i, int[] columns, int count) {
        var vector = state.draftMeaning(i);
        int k = Math.min(count, columns.length);
        var best = new int[k];
        var score = new double[k];
        Arrays.fill(score, Double.NEGATIVE_INFINITY);
        for (int b : columns) {
            double s = SentenceModel.cosine(vector, state.baseMeaning(b));
            if (s <= score[k - 1]) {
                continue;
            }
            int at = k - 1;
            while (at > 0 && score[at - 1] < s) {
                score[at] = score[at - 1];
                best[at] = best[at - 1];
                at--;
            }
            score[at] = s;
            best[at] = b;
        }
        return best;
    }

    /** Keeps each side's best {@code [other, score, second score]}. */
    private static void note(Map<Integer, double[]> best, int side, int other, double score) {
        var known = best.get(side);
        if (known == null) {
            best.put(side, new double[] {other, score, 0});
        } else if (score > known[1]) {
            known[2] = known[1];
            known[0] = other;
            known[1] = score;
        } else {
            known[2] = Math.max(known[2], score);
        }
    }

    /**
     * 1 when the base point stands between the base points of the nearest pairs already settled before
     * and after the draft point (texts, titles, near-identical wordings): redrafts keep most of their
     * order, so a pair that keeps it is likelier than one that jumps across settled points.
     */
    private double between(int i, int b, TreeMap<Integer, Integer> anchors) {
        var before = anchors.lowerEntry(i);
        var after = anchors.higherEntry(i);
        int low = before == null ? -1 : before.getValue();
        int high = after == null ? state.base.size() : after.getValue();
        return low < b && b < high ? 1 : 0;
    }

    /** Half for each side of the pair whose neighbour is paired with the base point's neighbour. */
    private double neighbours(int i, int b, Map<Integer, double[]> rowBest, Map<Integer, double[]> columnBest) {
        double support = 0;
        for (int step : new int[] {-1, 1}) {
            int di = i + step;
            int db = b + step;
            if (di < 0 || di >= state.points.size() || db < 0 || db >= state.base.size()) {
                continue;
            }
            if (state.matchedBase[di] == db) {
                support += 0.5;
                continue;
            }
            var rb = rowBest.get(di);
            var cb = columnBest.get(db);
            if (rb != null && cb != null && (int) rb[0] == db && (int) cb[0] == di) {
                support += 0.5;
            }
        }
        return support;
    }

    /**
     * 1 when two numbers read the same once printing is set aside (3.1.1 and 03.01.01, 12A and 12a);
     * 0.5 when only their last part differs (the same section: 5.1.2 and 5.1.4); else 0.
     */
    static double sameNumber(String a, String b) {
        if (a == null || b == null) {
            return 0;
        }
        var left = numberParts(a);
        var right = numberParts(b);
        if (left.equals(right)) {
            return 1;
        }
        return left.size() > 1 && left.size() == right.size() && left.subList(0, left.size() - 1).equals(right.subList(0, right.size() - 1))
                ? 0.5 : 0;
    }

    private static List<String> numberParts(String number) {
        var parts = new ArrayList<String>();
        for (var part : number.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (!part.isEmpty()) {
                parts.add(part.replaceFirst("^0+(?=\\d)", ""));
            }
        }
        return parts;
    }

    private static double relative(int index, int size) {
        return size <= 1 ? 0 : (double) index / (size - 1);
    }

    private static double lengthRatio(String a, String b) {
        double x = Math.max(1, a.length());
        double y = Math.max(1, b.length());
        return Math.min(x, y) / Math.max(x, y);
    }

    private static double titleOverlap(String a, String b) {
        if (a == null || b == null) {
            return 0;
        }
        var left = new HashSet<>(Terms.of(a));
        var right = new HashSet<>(Terms.of(b));
        if (left.isEmpty() || right.isEmpty()) {
            return 0;
        }
        var both = new HashSet<>(left);
        both.retainAll(right);
        left.addAll(right);
        return (double) both.size() / left.size();
    }
}
