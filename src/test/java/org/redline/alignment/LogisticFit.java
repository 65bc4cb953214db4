package org.redline.alignment;

import java.util.List;

/**
 * Fits a logistic model by Newton's method (iteratively reweighted least squares) with a small L2
 * penalty on the weights, not the intercept: a dozen features and a few thousand rows, so the exact
 * second-order method converges in a handful of steps and needs no learning rate to tune.
 */
final class LogisticFit {

    static final double PENALTY = 1.0;

    private LogisticFit() {
    }

    /** A labelled row: the evidence and whether the candidate was real. */
    record Row(double[] x, boolean real) {
    }

    static MatchModel.Logistic fit(List<String> features, List<Row> rows) {
        int k = features.size() + 1;
        var beta = new double[k];
        for (int iteration = 0; iteration < 50; iteration++) {
            var gradient = new double[k];
            var hessian = new double[k][k];
            for (var row : rows) {
                var x = withIntercept(row.x());
                double z = 0;
                for (int j = 0; j < k; j++) {
                    z += beta[j] * x[j];
                }
                double p = 1 / (1 + Math.exp(-z));
                double w = Math.max(p * (1 - p), 1e-9);
                double error = (row.real() ? 1 : 0) - p;
                for (int j = 0; j < k; j++) {
                    gradient[j] += error * x[j];
                    for (int l = 0; l < k; l++) {
                        hessian[j][l] += w * x[j] * x[l];
                    }
                }
            }
            for (int j = 1; j < k; j++) {
                gradient[j] -= PENALTY * beta[j];
                hessian[j][j] += PENALTY;
            }
            var step = solve(hessian, gradient);
            double largest = 0;
            for (int j = 0; j < k; j++) {
                beta[j] += step[j];
                largest = Math.max(largest, Math.abs(step[j]));
            }
            if (largest < 1e-8) {
                break;
            }
        }
        var weights = new double[k - 1];
        System.arraycopy(beta, 1, weights, 0, k - 1);
        return new MatchModel.Logistic(features, weights, beta[0]);
    }

    /**
     * Precision weighs twice recall when a merge or split is taken (F-beta with beta 0.5): a false one
     * ties a new point to an old one, the very mistake alignment must not make; a missed one leaves a
     * point new or a base point removed, which the preview lists for review.
     */
    static final double BETA = 0.5;

    /** The same model, taking its candidates from the probability that gives the best F-beta on the rows. */
    static MatchModel.Logistic withBestThreshold(MatchModel.Logistic model, List<Row> rows) {
        double best = 0.5;
        double bestF1 = -1;
        for (double t = 0.1; t <= 0.9; t += 0.05) {
            int tp = 0, fp = 0, fn = 0;
            for (var row : rows) {
                boolean taken = model.probability(row.x()) >= t;
                if (taken && row.real()) {
                    tp++;
                } else if (taken) {
                    fp++;
                } else if (row.real()) {
                    fn++;
                }
            }
            double b2 = BETA * BETA;
            double f1 = tp == 0 ? 0 : (1 + b2) * tp / ((1 + b2) * tp + b2 * fn + fp);
            if (f1 > bestF1 + 1e-9) {
                bestF1 = f1;
                best = t;
            }
        }
        return new MatchModel.Logistic(model.features(), model.weights(), model.intercept(), Math.round(best * 100) / 100.0);
    }

    private static double[] withIntercept(double[] x) {
        var full = new double[x.length + 1];
        full[0] = 1;
        System.arraycopy(x, 0, full, 1, x.length);
        return full;
    }

    /** Gaussian elimination with partial pivoting: the Hessian is small and positive definite. */
    private static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        var m = new double[n][n + 1];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, m[i], 0, n);
            m[i][n] = b[i];
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
                    pivot = r;
                }
            }
            var t = m[col];
            m[col] = m[pivot];
            m[pivot] = t;
            for (int r = col + 1; r < n; r++) {
                double f = m[r][col] / m[col][col];
                for (int c = col; c <= n; c++) {
                    m[r][c] -= f * m[col][c];
                }
            }
        }
        var x = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double s = m[r][n];
            for (int c = r + 1; c < n; c++) {
                s -= m[r][c] * x[c];
            }
            x[r] = s / m[r][r];
        }
        return x;
    }
}
