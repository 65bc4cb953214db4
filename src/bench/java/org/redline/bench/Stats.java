package org.redline.bench;

import java.util.Arrays;
import org.openjdk.jmh.util.Statistics;

/** A figure's distribution: median, quartiles, extremes and how many samples they summarise. */
public record Stats(double median, double p25, double p75, double min, double max, long n) {

    public static Stats of(double... samples) {
        if (samples.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
        var sorted = samples.clone();
        Arrays.sort(sorted);
        return new Stats(percentile(sorted, 50), percentile(sorted, 25), percentile(sorted, 75), sorted[0],
                sorted[sorted.length - 1], sorted.length);
    }

    /** JMH's statistics (sample histogram for SampleTime, iteration values for SingleShotTime), scaled. */
    public static Stats of(Statistics statistics, double scale) {
        return new Stats(statistics.getPercentile(50) * scale, statistics.getPercentile(25) * scale,
                statistics.getPercentile(75) * scale, statistics.getMin() * scale, statistics.getMax() * scale,
                statistics.getN());
    }

    /** Linear interpolation between closest ranks. */
    private static double percentile(double[] sorted, double p) {
        double rank = p / 100 * (sorted.length - 1);
        int low = (int) Math.floor(rank);
        int high = (int) Math.ceil(rank);
        return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
    }
}
