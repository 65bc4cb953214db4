package org.redline.diff;

import com.github.difflib.DiffUtils;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.CompilerControl;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.infra.IterationParams;
import org.redline.bench.DiffScenarios;
import org.redline.bench.PairedSamples;
import org.redline.version.VersionView;

/**
 * Diff compute of two versions ({@link Diffs#compare}: pairing, classification, word diffs under the
 * budget) against its floor, the bare java-diff-utils word diff of the same changed texts: each pair
 * split at spaces and handed to {@code DiffUtils.diff} (no pairing, no classification, no head/tail cut,
 * no typography). The two run in one fork, call by call in turn ({@link PairedSamples}): in separate forks
 * the 10,000-clause comparison measured 1.8 ms in one fork and 3.5 ms in the next, so the ratio said more
 * about the minute than about the code. Also measured, not judged: Myers alone on token lists split in
 * setup, which leaves out the splitting every word diff of two texts has to do.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx4g"})
// Fifteen seconds of warm-up, half of it each side's: a plain loop over the 10,000-clause comparison took 4,000-7,000
// calls to settle from 4-6 ms to about 2 ms per call, and three seconds measured it still settling.
@Warmup(iterations = 15, time = 1)
@Measurement(iterations = 5, time = 1)
public class DiffBench {

    @Param({DiffScenarios.PLAN, DiffScenarios.CLAUSES_1K, DiffScenarios.CLAUSES_10K})
    public String scenario;

    /** The names the two sides of {@link #paired} are written under. */
    public static final String REDLINE = "redline";
    public static final String FLOOR = "floor";

    private final PairedSamples samples = new PairedSamples(REDLINE, FLOOR);
    private VersionView from;
    private VersionView to;
    private List<String> beforeTexts;
    private List<String> afterTexts;
    private List<List<String>> beforeTokens;
    private List<List<String>> afterTokens;

    @Setup
    public void setUp() {
        var pair = DiffScenarios.build(scenario);
        from = pair.from();
        to = pair.to();
        var afterByKey = new HashMap<String, String>();
        to.points().forEach(p -> afterByKey.put(p.key(), p.text()));
        beforeTexts = new ArrayList<>();
        afterTexts = new ArrayList<>();
        beforeTokens = new ArrayList<>();
        afterTokens = new ArrayList<>();
        for (var point : from.points()) {
            var after = afterByKey.get(point.key());
            if (point.text() != null && after != null && !point.text().equals(after)) {
                beforeTexts.add(point.text());
                afterTexts.add(after);
                beforeTokens.add(WordDiff.tokens(point.text()));
                afterTokens.add(WordDiff.tokens(after));
            }
        }
        if (beforeTokens.isEmpty()) {
            throw new IllegalStateException(scenario + ": no changed texts to diff");
        }
    }

    @Setup(Level.Iteration)
    public void iteration(IterationParams params) {
        samples.iteration(params);
    }

    @TearDown(Level.Trial)
    public void tearDown(BenchmarkParams params) throws IOException {
        samples.write(params);
    }

    /** Redline's comparison and the floor, in turn. */
    @Benchmark
    public void paired(Blackhole sink) {
        boolean redline = samples.firstTurn();
        long start = System.nanoTime();
        if (redline) {
            redline(sink);
        } else {
            floor(sink);
        }
        samples.add(System.nanoTime() - start);
    }

    // Each side is compiled on its own, as it would be as a benchmark of its own: inlined into paired() the two
    // would share one compilation's inlining budget (measured: both sides 1.5-1.9x slower on the 28-point plan).
    @CompilerControl(CompilerControl.Mode.DONT_INLINE)
    private void redline(Blackhole sink) {
        sink.consume(Diffs.compare(from, to));
    }

    @CompilerControl(CompilerControl.Mode.DONT_INLINE)
    private void floor(Blackhole sink) {
        for (int i = 0; i < beforeTexts.size(); i++) {
            sink.consume(DiffUtils.diff(Arrays.asList(beforeTexts.get(i).split(" ")), Arrays.asList(afterTexts.get(i).split(" "))));
        }
    }

    @Benchmark
    public void myersOnly(Blackhole sink) {
        for (int i = 0; i < beforeTokens.size(); i++) {
            sink.consume(DiffUtils.diff(beforeTokens.get(i), afterTokens.get(i)));
        }
    }

    /** How many texts changed: reported beside the figures. */
    public static int changedTexts(String scenario) {
        var bench = new DiffBench();
        bench.scenario = scenario;
        bench.setUp();
        return bench.beforeTexts.size();
    }
}
