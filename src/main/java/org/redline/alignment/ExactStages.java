package org.redline.alignment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The stages that settle pairs without weighing evidence: the editor's keys, text-less points by
 * number, identical texts, the same title, near-identical wordings. Apart from the weighing because
 * they need no model: what they settle, the later stages no longer consider.
 */
final class ExactStages {

    /** Lowest word similarity, and least lead over either side's next best, for a pair settled by words alone. */
    static final double NEAR_IDENTICAL = 0.8;
    static final double NEAR_LEAD = 0.3;

    private final AlignmentState state;

    ExactStages(AlignmentState state) {
        this.state = state;
    }

    // ---- stage 1: what the editor said

    void explicit() {
        for (int i = 0; i < state.points.size(); i++) {
            var point = state.points.get(i);
            state.taken.addAll(point.mergedFrom());
            if (point.key() != null) {
                state.keys[i] = point.key();
                state.taken.add(point.key());
                state.reasons[i] = Match.Reason.KEY;
                state.scores[i] = 1.0;
                var b = state.baseIndex.get(point.key());
                if (b != null) {
                    state.matchedBase[i] = b;
                    state.holder[b] = i;
                }
            } else if (state.markedNew.contains(i)) {
                state.reasons[i] = Match.Reason.MARKED_NEW;
            }
        }
    }

    // ---- stage 2: a point without text (a removal) by its category or number

    void byNumber() {
        for (int i = 0; i < state.points.size(); i++) {
            var point = state.points.get(i);
            if (!state.open(i) || point.text() != null) {
                continue;
            }
            var category = AlignmentState.slug(point.category());
            for (int b = 0; b < state.base.size(); b++) {
                var other = state.base.get(b);
                boolean same = category != null ? category.equals(AlignmentState.slug(other.category()))
                        : point.number() != null && point.number().equalsIgnoreCase(String.valueOf(other.number()));
                if (state.openBase(b) && same) {
                    state.pair(i, b, category != null ? Match.Reason.CATEGORY : Match.Reason.NUMBER, 1.0);
                    break;
                }
            }
        }
    }

    // ---- stage 3: the same text, or the same title, on one point each side

    void identical() {
        uniquePairs(i -> state.points.get(i).text() == null ? null : Evidence.folded(Evidence.document(state.points.get(i))),
                b -> state.base.get(b).text() == null ? null : Evidence.folded(Evidence.document(state.base.get(b))), Match.Reason.TEXT);
    }

    void sameTitle() {
        uniquePairs(i -> AlignmentState.slug(state.points.get(i).category()),
                b -> AlignmentState.slug(state.base.get(b).category()), Match.Reason.CATEGORY);
    }

    private void uniquePairs(IntFunction<String> draftSide, IntFunction<String> baseSide, Match.Reason reason) {
        var draftBy = new HashMap<String, List<Integer>>();
        for (int i = 0; i < state.points.size(); i++) {
            var value = state.open(i) ? draftSide.apply(i) : null;
            if (value != null && !value.isEmpty()) {
                draftBy.computeIfAbsent(value, k -> new ArrayList<>()).add(i);
            }
        }
        var baseBy = new HashMap<String, List<Integer>>();
        for (int b = 0; b < state.base.size(); b++) {
            var value = state.openBase(b) ? baseSide.apply(b) : null;
            if (value != null && !value.isEmpty()) {
                baseBy.computeIfAbsent(value, k -> new ArrayList<>()).add(b);
            }
        }
        draftBy.forEach((value, rows) -> {
            var columns = baseBy.get(value);
            if (rows.size() == 1 && columns != null && columns.size() == 1) {
                state.pair(rows.get(0), columns.get(0), reason, 1.0);
            }
        });
    }

    // ---- stage 4: near-identical wording, a clear mutual best by words alone

    void nearIdentical(List<Integer> rows, List<Integer> columns) {
        var index = new WordIndex(columns, b -> Evidence.document(state.base.get(b)));
        var best = new HashMap<Integer, double[]>();
        var columnBest = new HashMap<Integer, double[]>();
        for (int i : rows) {
            var top = index.top(Evidence.document(state.points.get(i)), 3);
            if (top.isEmpty()) {
                continue;
            }
            // the index ranks by shared rare words; the similarity decides
            var ranked = top.stream().map(h -> new double[] {h.base(), state.words.similarity(state.draftWords(i), state.baseWords(h.base()))})
                    .sorted((x, y) -> Double.compare(y[1], x[1])).toList();
            int b = (int) ranked.get(0)[0];
            double s = ranked.get(0)[1];
            double second = ranked.size() > 1 ? ranked.get(1)[1] : 0;
            best.put(i, new double[] {b, s, second});
            var known = columnBest.get(b);
            if (known == null) {
                columnBest.put(b, new double[] {i, s, 0});
            } else if (s > known[1]) {
                columnBest.put(b, new double[] {i, s, known[1]});
            } else {
                known[2] = Math.max(known[2], s);
            }
        }
        best.forEach((i, row) -> {
            int b = (int) row[0];
            var column = columnBest.get(b);
            if (row[1] >= NEAR_IDENTICAL && row[1] - row[2] >= NEAR_LEAD && (int) column[0] == i && column[1] - column[2] >= NEAR_LEAD) {
                state.pair(i, b, Match.Reason.TEXT, row[1]);
            }
        });
    }
}
