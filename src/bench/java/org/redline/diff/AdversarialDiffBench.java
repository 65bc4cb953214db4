package org.redline.diff;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.redline.bench.DiffScenarios;
import org.redline.version.VersionView;

/**
 * Diffs built to be expensive: every clause of a 1,000-clause document rewritten, and one point of
 * 100,000 words against one of 1 word. The budget (head/tail cut, coarse above a token budget) must keep
 * them bounded. A longer warmup: the first calls of the rewritten case run seconds before the JIT has
 * compiled java-diff-utils' Myers loop, and the figure is meant for a warm server.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx4g"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 1)
public class AdversarialDiffBench {

    @Param({DiffScenarios.REWRITE_ALL, DiffScenarios.HUGE_VS_ONE})
    public String scenario;

    private VersionView from;
    private VersionView to;

    @Setup
    public void setUp() {
        var pair = DiffScenarios.build(scenario);
        from = pair.from();
        to = pair.to();
    }

    @Benchmark
    public VersionDiff redline() {
        return Diffs.compare(from, to);
    }
}
