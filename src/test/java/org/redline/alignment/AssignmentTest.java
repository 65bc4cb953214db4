package org.redline.alignment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AssignmentTest {

    @Test
    void findsTheAssignmentWithTheHighestTotal() {
        // greedy takes 0.9 (row 0 → column 0) and is left with 0.1; the optimum is 0.8 + 0.85
        double[][] score = {{0.9, 0.8}, {0.85, 0.1}};
        assertThat(Assignment.maximise(score)).containsExactly(1, 0);
    }

    @Test
    void rectangularMatricesEitherWayAndZeroScoresStayUnassigned() {
        assertThat(Assignment.maximise(new double[][] {{0.5, 0.0, 0.7}})).containsExactly(2);
        assertThat(Assignment.maximise(new double[][] {{0.5}, {0.9}, {0.0}})).containsExactly(-1, 0, -1);
        assertThat(Assignment.maximise(new double[][] {{0.0, 0.0}, {0.0, 0.3}})).containsExactly(-1, 1);
        assertThat(Assignment.maximise(new double[0][0])).isEmpty();
    }

    @Test
    void matchesABruteForceOptimumOnRandomMatrices() {
        var random = new java.util.Random(42);
        for (int round = 0; round < 200; round++) {
            int rows = 1 + random.nextInt(5);
            int columns = 1 + random.nextInt(5);
            var score = new double[rows][columns];
            for (var row : score) {
                for (int c = 0; c < columns; c++) {
                    row[c] = random.nextDouble() < 0.3 ? 0 : random.nextDouble();
                }
            }
            var chosen = Assignment.maximise(score);
            double total = 0;
            var used = new boolean[columns];
            for (int r = 0; r < rows; r++) {
                if (chosen[r] >= 0) {
                    assertThat(used[chosen[r]]).isFalse();
                    used[chosen[r]] = true;
                    total += score[r][chosen[r]];
                }
            }
            assertThat(total).isCloseTo(best(score, 0, new boolean[columns]), org.assertj.core.data.Offset.offset(1e-9));
        }
    }

    private static double best(double[][] score, int row, boolean[] used) {
        if (row == score.length) {
            return 0;
        }
        double best = best(score, row + 1, used);
        for (int c = 0; c < used.length; c++) {
            if (!used[c] && score[row][c] > 0) {
                used[c] = true;
                best = Math.max(best, score[row][c] + best(score, row + 1, used));
                used[c] = false;
            }
        }
        return best;
    }
}
