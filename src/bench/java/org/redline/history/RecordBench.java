package org.redline.history;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.javers.core.Javers;
import org.javers.repository.jql.QueryBuilder;
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
import org.redline.history.internal.AuditTrail;
import org.redline.history.internal.PointAudit;
import org.redline.history.internal.Recording;
import org.redline.history.internal.VersionAudit;
import org.redline.version.BenchViews;
import org.redline.version.ChangeCounts;
import org.redline.version.Draft;
import org.redline.version.ExpectedLatest;
import org.redline.version.PointView;
import org.redline.version.RecordedVersion;
import org.redline.version.VersionRecording;
import org.redline.version.VersionTimeline;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recording a version through {@link VersionRecording#record} (JPA rows, change counts, content hash, and the
 * audit trail's Javers commit of only the changed points), against the naive path: one
 * {@code javers.commit} of a root holding every point of the same draft, so Javers loads and compares
 * every point's latest snapshot.
 *
 * <p>Each call runs inside a transaction begun before it and rolled back after it, outside the timed
 * region (JMH {@code Level.Invocation} fixtures): the timed work is everything up to and including the
 * flush of every row (Hibernate's {@code saveAndFlush}, Javers' and the point-head table's JDBC writes),
 * and every call meets the same database, so the history stays at exactly {@code history} versions. The
 * commit, the same for both paths, is in neither figure; nor is the rollback, whose cost in H2 grows with
 * the rows written and would otherwise be charged to the path that writes more rows.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx4g"})
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class RecordBench {

    /** Versions in the document when measuring; the driver grows the database to it before this runs. */
    @Param("10")
    public int history;

    private ConfigurableApplicationContext context;
    private VersionTimeline versions;
    private VersionRecording recording;
    private Javers javers;
    private PlatformTransactionManager transactions;
    private TransactionTemplate transaction;
    private TransactionStatus open;
    private Draft narrow;
    private Draft wide;
    private List<PointView> narrowPoints;
    private List<PointView> widePoints;

    @Setup(Level.Trial)
    public void setUp() {
        context = BenchDatabase.open(BenchDatabase.dir(history));
        versions = context.getBean(VersionTimeline.class);
        recording = context.getBean(VersionRecording.class);
        javers = context.getBean(Javers.class);
        transactions = context.getBean(PlatformTransactionManager.class);
        transaction = new TransactionTemplate(transactions);
        int latest = versions.latest(BenchDatabase.SLUG).orElseThrow().number();
        if (latest != history) {
            throw new IllegalStateException("the bench database holds " + latest + " versions, expected " + history);
        }
        narrow = BenchDatabase.narrowChange(BenchDatabase.narrowAt(versions, history));
        wide = BenchDatabase.wideChange(versions.get(BenchDatabase.SLUG, BenchDatabase.wideRef(history)));
        narrowPoints = BenchDatabase.asPoints(narrow);
        widePoints = BenchDatabase.asPoints(wide);
        expect(narrow, 1);
        expect(wide, BenchDatabase.WIDE_CHANGES);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        context.close();
    }

    /** Not timed: a transaction for the next call to join. */
    @Setup(Level.Invocation)
    public void begin() {
        open = transactions.getTransaction(new DefaultTransactionDefinition());
    }

    /** Not timed: undo what the call wrote. */
    @TearDown(Level.Invocation)
    public void rollBack() {
        transactions.rollback(open);
        open = null;
    }

    @Benchmark
    public RecordedVersion record30() {
        return record(narrow);
    }

    /**
     * Warms up three times longer than the class default, as does its naive baseline: the recording path
     * (JPA, JDBC batches, Javers' graph and JSON) runs some 500 calls before its compiled code settles,
     * measured with a plain loop over the same call (median 37 ms over the first 150 calls, 25 ms over the
     * next 150, 18 ms after), so five one-second warm-up iterations (about 150 calls) measured a path still
     * being compiled. Fifteen seconds is also about 150 naive commits, past the ~120 they need to settle.
     */
    @Benchmark
    @Warmup(iterations = 15, time = 1)
    public RecordedVersion record1000() {
        return record(wide);
    }

    /** The naive audit commit of the same 30-point draft. (Names sort each baseline right after its case, so JMH runs them back to back.) */
    @Benchmark
    public Object record30NaiveCommit() {
        return naiveCommit(narrowPoints);
    }

    /** The naive audit commit of the same 1,000-point draft. */
    @Benchmark
    @Warmup(iterations = 15, time = 1)
    public Object record1000NaiveCommit() {
        return naiveCommit(widePoints);
    }

    private RecordedVersion record(Draft draft) {
        return recording.record(BenchDatabase.SLUG, draft, ExpectedLatest.ANY, BenchDatabase.EDITOR);
    }

    /** What the audit trail would commit if it did not skip unchanged points: the whole document. */
    private Object naiveCommit(List<PointView> points) {
        return naiveCommit(javers, history + 1, points);
    }

    /**
     * The naive audit commit of version {@code number}: a root holding the version's audit object and every
     * point's, as {@link AuditTrail} builds it, but without leaving out the unchanged points.
     */
    public static Object naiveCommit(org.springframework.context.ApplicationContext context, int number,
            List<PointView> points) {
        return naiveCommit(context.getBean(Javers.class), number, points);
    }

    private static Object naiveCommit(Javers javers, int number, List<PointView> points) {
        var summary = BenchViews.summary(number, null, false, null, ChangeCounts.NONE);
        var all = points.stream().map(p -> PointAudit.of(BenchDatabase.SLUG, p)).toList();
        Map<String, String> properties = new HashMap<>();
        properties.put(AuditTrail.DOCUMENT, BenchDatabase.SLUG);
        properties.put(AuditTrail.VERSION, Integer.toString(number));
        properties.put(AuditTrail.KIND, AuditTrail.RECORD);
        return javers.commit(BenchDatabase.EDITOR, new Recording(new VersionAudit(BenchDatabase.SLUG, summary), all),
                properties);
    }

    /** For the checks in setup: the call in a transaction of its own, rolled back. */
    private <T> T inRollback(Supplier<T> work) {
        return transaction.execute(status -> {
            try {
                return work.get();
            } finally {
                status.setRollbackOnly();
            }
        });
    }

    /** Checks the scenario is what it claims: the draft changes {@code changes} points, and the audit commit holds as many. */
    private void expect(Draft draft, int changes) {
        inRollback(() -> {
            var recorded = record(draft);
            var audited = javers.findSnapshots(QueryBuilder.byClass(PointAudit.class)
                    .withCommitProperty(AuditTrail.DOCUMENT, BenchDatabase.SLUG)
                    .withCommitProperty(AuditTrail.VERSION, Integer.toString(recorded.version().number())).build()).size();
            if (recorded.changes().size() != changes || audited != changes) {
                throw new IllegalStateException("the measured draft changes " + recorded.changes().size()
                        + " points and its audit commit holds " + audited + ", expected " + changes + " and " + changes);
            }
            return recorded;
        });
    }
}
