package org.redline.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two cases measured in one fork, call by call in turn (first, second, first, ...), each call timed on its
 * own. A ratio of the two then compares the cases under the same compiled code, the same heap and the same
 * minute of this shared machine, where two forks minutes apart also compare two states of the machine (one
 * 10,000-clause diff fork ran at 1.8 ms a call, the next at 3.5 ms, with nothing changed in between).
 *
 * <p>A benchmark holds one of these in its state, asks {@link #firstTurn} before each call, times the call
 * and {@link #add}s it; only calls in measured iterations are kept. At the end of the trial {@link #write}
 * saves both sides' times, in nanoseconds, to a JSON file in {@code -Dredline.bench.paired} that the driver
 * reads with {@link #read}. JMH's own figure for such a benchmark mixes the two cases and is not reported.
 */
public final class PairedSamples {

    private final String first;
    private final String second;
    private long[][] samples = {new long[1024], new long[1024]};
    private final int[] counts = new int[2];
    private boolean firstTurn;
    private boolean measuring;

    /** @param first and {@code second}: the names the two sides are written under */
    public PairedSamples(String first, String second) {
        this.first = first;
        this.second = second;
    }

    /** Call from {@code @Setup(Level.Iteration)}: keeps calls from measured iterations only. */
    public void iteration(IterationParams params) {
        measuring = params.getType() == IterationType.MEASUREMENT;
    }

    /** Whether the next call is the first case's; the answer alternates from one call to the next. */
    public boolean firstTurn() {
        firstTurn = !firstTurn;
        return firstTurn;
    }

    /** The time of the call {@link #firstTurn} was last asked for. */
    public void add(long nanos) {
        if (!measuring) {
            return;
        }
        int side = firstTurn ? 0 : 1;
        if (counts[side] == samples[side].length) {
            samples[side] = Arrays.copyOf(samples[side], counts[side] * 2);
        }
        samples[side][counts[side]++] = nanos;
    }

    /** Call from {@code @TearDown(Level.Trial)}; writes nothing for a benchmark of the state that is not paired. */
    public void write(BenchmarkParams params) throws IOException {
        if (counts[0] + counts[1] == 0) {
            return;
        }
        var sides = new LinkedHashMap<String, long[]>();
        sides.put(first, Arrays.copyOf(samples[0], counts[0]));
        sides.put(second, Arrays.copyOf(samples[1], counts[1]));
        var file = file(Path.of(System.getProperty("redline.bench.paired", "target/bench/paired")), params);
        Files.createDirectories(file.getParent());
        Files.writeString(file, JsonMapper.builder().build().writeValueAsString(sides));
    }

    /** The times a paired benchmark wrote, in milliseconds, by side name. */
    public static Map<String, double[]> read(Path dir, BenchmarkParams params) throws IOException {
        var tree = JsonMapper.builder().build().readTree(file(dir, params).toFile());
        var sides = new LinkedHashMap<String, double[]>();
        for (var name : tree.propertyNames()) {
            var nanos = tree.get(name);
            var millis = new double[nanos.size()];
            for (int i = 0; i < millis.length; i++) {
                millis[i] = nanos.get(i).asLong() / 1e6;
            }
            sides.put(name, millis);
        }
        return sides;
    }

    /** One file per benchmark method and parameter values, e.g. {@code DiffBench.paired-clauses-1000.json}. */
    private static Path file(Path dir, BenchmarkParams params) {
        var name = new StringBuilder(params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.',
                params.getBenchmark().lastIndexOf('.') - 1) + 1));
        for (var key : params.getParamsKeys()) {
            name.append('-').append(params.getParam(key));
        }
        return dir.resolve(name + ".json");
    }
}
