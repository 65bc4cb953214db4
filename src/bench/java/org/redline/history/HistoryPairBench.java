package org.redline.history;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
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
import org.openjdk.jmh.infra.IterationParams;
import org.redline.bench.BenchDatabase;
import org.redline.bench.PairedSamples;
import org.redline.history.internal.ChangeFilter;
import org.redline.history.internal.ChangeLogPage;
import org.redline.history.internal.PointHistory;
import org.redline.version.internal.DocumentTimeline;
import org.redline.version.Draft;
import org.redline.version.ExpectedLatest;
import org.redline.version.RecordedVersion;
import org.redline.version.VersionListPage;
import org.redline.version.VersionRecording;
import org.redline.version.VersionTimeline;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;

/**
 * The history-length targets, measured in pairs ({@link PairedSamples}): one fork opens the database at a
 * short history and the one at a long history side by side, and the calls alternate between them. Measured
 * in separate forks (as {@link RecordBench} does for its per-history figures), the same recording came out
 * 0.85x its short-history cost in one run and 1.6x in another, with identical SQL at both lengths.
 * Recordings run in a transaction begun and rolled back outside the timed call, as in {@link RecordBench};
 * reads ask for pages of {@link #PAGE_SIZE}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx4g"})
// Fifteen seconds of warm-up: the recording path needs ~500 calls to settle, and with three seconds every read
// was still getting faster through the measured iterations (point history 5.1 -> 2.1 ms).
@Warmup(iterations = 15, time = 1)
@Measurement(iterations = 5, time = 1)
public class HistoryPairBench {

    /**
     * Every read asks for a page of 10: the shortest history measured holds 10 versions, so a page is full
     * at every length and a ratio between lengths compares the same work, not 10 rows with 50.
     */
    public static final int PAGE_SIZE = 10;

    /** The shorter history, in versions; the driver grows both databases before this runs. */
    @Param("10")
    public int low;

    @Param("10000")
    public int high;

    private Side shorter;
    private Side longer;
    private PairedSamples samples;
    /** The side the current call goes to. */
    private Side side;
    private TransactionStatus open;

    @Setup(Level.Trial)
    public void setUp() {
        shorter = new Side(low);
        longer = new Side(high);
        samples = new PairedSamples(Integer.toString(low), Integer.toString(high));
    }

    @TearDown(Level.Trial)
    public void tearDown(BenchmarkParams params) throws IOException {
        try {
            samples.write(params);
        } finally {
            shorter.context.close();
            longer.context.close();
        }
    }

    @Setup(Level.Iteration)
    public void iteration(IterationParams params) {
        samples.iteration(params);
    }

    /** Not timed: the next call goes to the other database, in a transaction of its own when it records. */
    @Setup(Level.Invocation)
    public void next(BenchmarkParams params) {
        side = samples.firstTurn() ? shorter : longer;
        if (params.getBenchmark().contains(".record")) {
            open = side.transactions.getTransaction(new DefaultTransactionDefinition());
        }
    }

    /** Not timed: undo what a recording wrote, so every call meets the same history. */
    @TearDown(Level.Invocation)
    public void rollBack() {
        if (open != null) {
            side.transactions.rollback(open);
            open = null;
        }
    }

    @Benchmark
    public RecordedVersion record30() {
        return timed(s -> s.record(s.narrow));
    }

    @Benchmark
    public RecordedVersion record1000() {
        return timed(s -> s.record(s.wide));
    }

    /** What the timeline page shows: the newest page of versions with their point tallies. */
    @Benchmark
    public DocumentTimeline timelinePage() {
        return timed(s -> s.versions.overview(BenchDatabase.SLUG, null, PAGE_SIZE));
    }

    @Benchmark
    public VersionListPage timelineFirstPage() {
        return timed(s -> s.versions.timeline(BenchDatabase.SLUG, 0, PAGE_SIZE));
    }

    @Benchmark
    public VersionListPage timelineLastPage() {
        return timed(s -> s.versions.timeline(BenchDatabase.SLUG, s.lastPage, PAGE_SIZE));
    }

    /** The point's history is paged like the timeline: the newest page, as a reader opening it at the end. */
    @Benchmark
    public PointHistory pointHistory() {
        return timed(s -> s.audit.ofPoint(BenchDatabase.SLUG, BenchDatabase.HISTORY_KEY, s.lastPage, PAGE_SIZE));
    }

    @Benchmark
    public ChangeLogPage changeLog() {
        return timed(s -> s.audit.changes(BenchDatabase.SLUG, ChangeFilter.NONE, 0, PAGE_SIZE));
    }

    private <T> T timed(Function<Side, T> call) {
        long start = System.nanoTime();
        var result = call.apply(side);
        samples.add(System.nanoTime() - start);
        return result;
    }

    /** One database and what the calls against it need. */
    private static final class Side {
        final ConfigurableApplicationContext context;
        final VersionTimeline versions;
        final VersionRecording recording;
        final History audit;
        final PlatformTransactionManager transactions;
        final Draft narrow;
        final Draft wide;
        final int lastPage;

        Side(int history) {
            context = BenchDatabase.open(BenchDatabase.dir(history));
            versions = context.getBean(VersionTimeline.class);
            recording = context.getBean(VersionRecording.class);
            audit = context.getBean(History.class);
            transactions = context.getBean(PlatformTransactionManager.class);
            int latest = versions.latest(BenchDatabase.SLUG).orElseThrow().number();
            if (latest != history) {
                throw new IllegalStateException("the bench database holds " + latest + " versions, expected " + history);
            }
            narrow = BenchDatabase.narrowChange(BenchDatabase.narrowAt(versions, history));
            wide = BenchDatabase.wideChange(versions.get(BenchDatabase.SLUG, BenchDatabase.wideRef(history)));
            lastPage = (history - 1) / PAGE_SIZE;
            if (versions.timeline(BenchDatabase.SLUG, lastPage, PAGE_SIZE).items().isEmpty()
                    || audit.changes(BenchDatabase.SLUG, ChangeFilter.NONE, 0, PAGE_SIZE).items().isEmpty()
                    || audit.ofPoint(BenchDatabase.SLUG, BenchDatabase.HISTORY_KEY, lastPage, PAGE_SIZE).versions().isEmpty()) {
                throw new IllegalStateException("the bench database at " + history + " versions does not read back as expected");
            }
        }

        RecordedVersion record(Draft draft) {
            return recording.record(BenchDatabase.SLUG, draft, ExpectedLatest.ANY, BenchDatabase.EDITOR);
        }
    }
}
