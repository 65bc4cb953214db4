package org.redline.alignment.previous;

import java.util.Arrays;

/**
 * The one-to-one assignment of rows to columns that maximises the total score: the Hungarian
 * algorithm (Kuhn-Munkres, with potentials, O(n²m)). First-come greedy matching lets an early, weak
 * pair take a column that a later point needed far more; this cannot.
 */
final class Assignment {

    private Assignment() {
    }

    /**
     * @param score rows × columns, higher is better; a pair scoring 0 or less is never worth making
     * @return for each row the column it takes, or -1
     */
    static int[] maximise(double[][] score) {
        int rows = score.length;
        int columns = rows == 0 ? 0 : score[0].length;
        var result = new int[rows];
        Arrays.fill(result, -1);
        if (rows == 0 || columns == 0) {
            return result;
        }
        boolean transpose = rows > columns;
        int n = transpose ? columns : rows;
        int m = transpose ? rows : columns;
        // Minimise cost = -score over an n ≤ m matrix (1-based, as the classic formulation has it).
        var cost = new double[n + 1][m + 1];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                double s = transpose ? score[j][i] : score[i][j];
                cost[i + 1][j + 1] = -Math.max(0, s);
            }
        }
        var u = new double[n + 1];
        var v = new double[m + 1];
        var p = new int[m + 1];
        var way = new int[m + 1];
        for (int i = 1; i <= n; i++) {
            p[0] = i;
            int j0 = 0;
            var minv = new double[m + 1];
            Arrays.fill(minv, Double.POSITIVE_INFINITY);
            var used = new boolean[m + 1];
            do {
                used[j0] = true;
                int i0 = p[j0];
                double delta = Double.POSITIVE_INFINITY;
                int j1 = 0;
                for (int j = 1; j <= m; j++) {
                    if (!used[j]) {
                        double cur = cost[i0][j] - u[i0] - v[j];
                        if (cur < minv[j]) {
                            minv[j] = cur;
                            way[j] = j0;
                        }
                        if (minv[j] < delta) {
                            delta = minv[j];
                            j1 = j;
                        }
                    }
                }
                for (int j = 0; j <= m; j++) {
                    if (used[j]) {
                        u[p[j]] += delta;
                        v[j] -= delta;
                    } else {
                        minv[j] -= delta;
                    }
                }
                j0 = j1;
            } while (p[j0] != 0);
            do {
                int j1 = way[j0];
                p[j0] = p[j1];
                j0 = j1;
            } while (j0 != 0);
        }
        for (int j = 1; j <= m; j++) {
            if (p[j] != 0) {
                int row = transpose ? j - 1 : p[j] - 1;
                int column = transpose ? p[j] - 1 : j - 1;
                if (score[row][column] > 0) {
                    result[row] = column;
                }
            }
        }
        return result;
    }
}
