package org.redline.alignment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;

/**
 * Stage 6: which weighed candidates become pairs. A clear mutual best first, then the one-to-one
 * assignment that maximises the summed log-odds. Apart from the weighing so the rule that turns
 * probabilities into pairs can be read on its own.
 */
final class Decision {

    private final AlignmentState state;

    Decision(AlignmentState state) {
        this.state = state;
    }

    void decide(List<Integer> rows) {
        var candidates = state.candidates;
        // a clear mutual best is never given up to raise a total
        var bestOfColumn = new HashMap<Integer, int[]>();
        var bestProbability = new HashMap<Integer, Double>();
        candidates.forEach((i, list) -> list.forEach(c -> {
            if (c.probability() > bestProbability.getOrDefault(c.base(), -1.0)) {
                bestProbability.put(c.base(), c.probability());
                bestOfColumn.put(c.base(), new int[] {i});
            }
        }));
        for (int i : rows) {
            var list = candidates.get(i);
            if (list == null || list.isEmpty()) {
                continue;
            }
            var top = list.get(0);
            if (top.probability() >= Alignment.CLEAR && bestOfColumn.get(top.base())[0] == i && state.openBase(top.base())) {
                state.pair(i, top.base(), Match.Reason.TEXT, top.probability());
            }
        }
        var left = rows.stream().filter(i -> state.keys[i] == null && candidates.containsKey(i)).toList();
        var columnsUsed = new ArrayList<Integer>();
        var columnAt = new HashMap<Integer, Integer>();
        for (int i : left) {
            for (var c : candidates.get(i)) {
                if (c.probability() > 0.5 && state.openBase(c.base()) && !columnAt.containsKey(c.base())) {
                    columnAt.put(c.base(), columnsUsed.size());
                    columnsUsed.add(c.base());
                }
            }
        }
        var liveRows = left.stream().filter(i -> candidates.get(i).stream().anyMatch(c -> columnAt.containsKey(c.base()) && c.probability() > 0.5)).toList();
        if (liveRows.isEmpty()) {
            return;
        }
        var gain = new double[liveRows.size()][columnsUsed.size()];
        for (int x = 0; x < liveRows.size(); x++) {
            for (var c : candidates.get(liveRows.get(x))) {
                var y = columnAt.get(c.base());
                if (y != null && c.probability() > 0.5) {
                    gain[x][y] = logOdds(c.probability());
                }
            }
        }
        int[] chosen = liveRows.size() <= Alignment.OPTIMAL_LIMIT && columnsUsed.size() <= Alignment.OPTIMAL_LIMIT
                ? Assignment.maximise(gain) : greedy(gain);
        for (int x = 0; x < chosen.length; x++) {
            if (chosen[x] >= 0 && gain[x][chosen[x]] > 0) {
                int i = liveRows.get(x);
                int b = columnsUsed.get(chosen[x]);
                state.pair(i, b, Match.Reason.TEXT, probability(i, b));
            }
        }
    }

    private static double logOdds(double p) {
        double q = Math.min(p, 1 - 1e-9);
        return Math.log(q / (1 - q));
    }

    private static int[] greedy(double[][] gain) {
        var pairs = new ArrayList<int[]>();
        for (int x = 0; x < gain.length; x++) {
            for (int y = 0; y < gain[x].length; y++) {
                if (gain[x][y] > 0) {
                    pairs.add(new int[] {x, y});
                }
            }
        }
        pairs.sort(Comparator.comparingDouble((int[] p) -> -gain[p[0]][p[1]]));
        var chosen = new int[gain.length];
        Arrays.fill(chosen, -1);
        var used = new boolean[gain.length == 0 ? 0 : gain[0].length];
        for (var p : pairs) {
            if (chosen[p[0]] < 0 && !used[p[1]]) {
                chosen[p[0]] = p[1];
                used[p[1]] = true;
            }
        }
        return chosen;
    }

    private double probability(int i, int b) {
        for (var c : state.candidates.getOrDefault(i, List.of())) {
            if (c.base() == b) {
                return c.probability();
            }
        }
        return 0;
    }
}
