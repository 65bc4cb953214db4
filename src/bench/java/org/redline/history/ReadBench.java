package org.redline.history;

import java.util.concurrent.TimeUnit;
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
import org.redline.bench.BenchDatabase;
import org.redline.version.DocumentTimeline;
import org.redline.version.VersionPage;
import org.redline.version.Versions;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The reads a reader or researcher makes of a long history: the timeline page (the newest versions with
 * their point tallies), a timeline API page (the first and the last), the newest page of one point's
 * history with its audit changes, and the first page of the change log.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx4g"})
// Fifteen seconds of warm-up: with three, every read was still getting faster through the five measured
// iterations (point history 5.1 -> 2.1 ms, timeline page 0.29 -> 0.13 ms), so a ratio compared two forks
// at different points of their compilation rather than two history lengths.
@Warmup(iterations = 15, time = 1)
@Measurement(iterations = 5, time = 1)
public class ReadBench {

    /**
     * Every read asks for a page of 10: the shortest history measured holds 10 versions, so a page is full
     * at every length and a ratio between lengths compares the same work, not 10 rows with 50.
     */
    public static final int PAGE_SIZE = 10;

    @Param("10")
    public int history;

    private ConfigurableApplicationContext context;
    private Versions versions;
    private History audit;
    private int lastPage;

    @Setup(Level.Trial)
    public void setUp() {
        context = BenchDatabase.open(BenchDatabase.dir(history));
        versions = context.getBean(Versions.class);
        audit = context.getBean(History.class);
        int latest = versions.latest(BenchDatabase.SLUG).orElseThrow().number();
        if (latest != history) {
            throw new IllegalStateException("the bench database holds " + latest + " versions, expected " + history);
        }
        lastPage = (history - 1) / PAGE_SIZE;
        if (versions.timeline(BenchDatabase.SLUG, lastPage, PAGE_SIZE).items().isEmpty()
                || audit.changes(BenchDatabase.SLUG, ChangeFilter.NONE, 0, PAGE_SIZE).items().isEmpty()
                || audit.ofPoint(BenchDatabase.SLUG, BenchDatabase.HISTORY_KEY, lastPage, PAGE_SIZE).versions().isEmpty()) {
            throw new IllegalStateException("the bench database does not read back as expected");
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        context.close();
    }

    @Benchmark
    public VersionPage timelineFirstPage() {
        return versions.timeline(BenchDatabase.SLUG, 0, PAGE_SIZE);
    }

    /** What the timeline page shows: the newest page of versions with their point tallies. */
    @Benchmark
    public DocumentTimeline timelinePage() {
        return versions.overview(BenchDatabase.SLUG, null, PAGE_SIZE);
    }

    @Benchmark
    public VersionPage timelineLastPage() {
        return versions.timeline(BenchDatabase.SLUG, lastPage, PAGE_SIZE);
    }

    @Benchmark
    public PointHistory pointHistory() {
        // the point's history is paged like the timeline: the newest page, as a reader opening it at the end
        return audit.ofPoint(BenchDatabase.SLUG, BenchDatabase.HISTORY_KEY, lastPage, PAGE_SIZE);
    }

    @Benchmark
    public ChangeLogPage changeLog() {
        return audit.changes(BenchDatabase.SLUG, ChangeFilter.NONE, 0, PAGE_SIZE);
    }
}
