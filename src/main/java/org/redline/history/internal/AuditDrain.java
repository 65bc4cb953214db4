package org.redline.history.internal;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.redline.document.LockTimeout;
import org.redline.history.History;
import org.redline.version.CorrectionStarting;
import org.redline.version.VersionRecorded;
import org.redline.version.VersionTimeline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit outbox: a recorded version is audited (its Javers commits, {@link AuditTrail#record}) after
 * its recording transaction, not under the document lock, where a 20,000-point rewrite spent minutes.
 *
 * <p>The pending audits of a document are its versions numbered above {@code audit_progress.audited_number}:
 * the version rows are the durable record, so a crash between commit and audit loses nothing. Javers diffs
 * each commit against the latest snapshots, so versions are audited strictly in number order, one version
 * per transaction that also advances the progress row; a drainer holds that row's lock, so one drainer per
 * document at a time (on one instance or several) and a version is never audited twice.
 *
 * <p>Drains run on a background thread after each recording commits, at start-up (what a crash left), and
 * synchronously before any read of the audit log ({@link History}) so a reader always sees what was
 * recorded before it asked; a metadata correction drains inside its own transaction before it changes
 * the version, so its commit follows the recording's.
 */
@Component
public class AuditDrain implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(AuditDrain.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final VersionTimeline versions;
    private final AuditTrail trail;
    private final LockTimeout lockTimeout;
    private final Duration wait;
    private final Timer audits;
    /** One background thread: audits are CPU-bound work that should not crowd out requests on a small machine. */
    private final ExecutorService background = Executors.newSingleThreadExecutor(task -> {
        var thread = new Thread(task, "audit-drain");
        thread.setDaemon(true);
        return thread;
    });
    /** Documents with a background drain queued and not started: a burst of writes queues one drain. */
    private final Set<String> queued = ConcurrentHashMap.newKeySet();
    private volatile boolean stopping;

    AuditDrain(JdbcClient jdbc, PlatformTransactionManager transactions, VersionTimeline versions,
            AuditTrail trail, LockTimeout lockTimeout, MeterRegistry meters, @Value("${redline.audit.drain-wait:10m}") Duration wait) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.versions = versions;
        this.trail = trail;
        this.wait = wait;
        this.audits = Timer.builder("redline.audit.version").description("time to audit one recorded version (its Javers commits)")
                .publishPercentileHistogram().register(meters);
        this.lockTimeout = lockTimeout;
    }

    /** In the recording transaction, under the document lock: a document's first version starts its progress row. */
    @EventListener
    void on(VersionRecorded event) {
        if (event.version().number() == 1 && audited(event.document()) == null) {
            jdbc.sql("insert into audit_progress (document_slug, audited_number) values (?, 0)").param(event.document()).update();
        }
    }

    @TransactionalEventListener
    void afterCommit(VersionRecorded event) {
        drainLater(event.document());
    }

    /** Under the correction's document lock, in its transaction: the recordings' commits go first. */
    @EventListener
    void on(CorrectionStarting event) {
        while (next(event.document())) {
            // one version after the other, all in the correction's transaction
        }
    }

    /** What a crash or a stop left pending is audited once the service is up. */
    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        var progress = new java.util.HashMap<String, Integer>();
        jdbc.sql("select document_slug, audited_number from audit_progress")
                .query(rs -> {
                    progress.put(rs.getString(1), rs.getInt(2));
                });
        progress.forEach((document, audited) -> {
            int latest = versions.latestNumber(document);
            if (audited < latest) {
                log.warn("{}: versions {}-{} were recorded but not audited when the service last stopped; auditing them now",
                        document, audited + 1, latest);
                drainLater(document);
            }
        });
    }

    void drainLater(String document) {
        if (!queued.add(document)) {
            return;
        }
        try {
            background.execute(() -> {
                queued.remove(document);
                try {
                    while (!stopping && Boolean.TRUE.equals(ownTransaction.execute(status -> next(document)))) {
                        // one version after the other, until none is pending or the service stops
                    }
                } catch (RuntimeException e) {
                    // the versions stay pending: the next drain (a write, a read of the log, a restart) retries
                    log.warn("audit of {} stopped; it is retried at the next write or read of its audit log", document, e);
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException shuttingDown) {
            queued.remove(document); // pending until the next start
        }
    }

    /**
     * Audits every pending version of the document, each in a transaction of its own; returns when none is
     * left. Most reads find nothing pending by two one-row reads, without taking the progress row's lock:
     * readers of a busy page never queue behind one another.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void drainNow(String document) {
        if (!pending(document)) {
            return;
        }
        while (Boolean.TRUE.equals(ownTransaction.execute(status -> next(document)))) {
            // until nothing is pending
        }
    }

    /** In the current transaction: audits the next pending version of the document, if any, and says whether it did. */
    private boolean next(String document) {
        lockTimeout.bound(wait); // a drainer may wait for another one auditing a big version
        var audited = jdbc.sql("select audited_number from audit_progress where document_slug = ? for update")
                .param(document).query(Integer.class).optional().orElse(null);
        if (audited == null || audited >= versions.latestNumber(document)) {
            return false;
        }
        int number = audited + 1;
        var version = versions.get(document, Integer.toString(number));
        audits.record(() -> trail.record(version));
        jdbc.sql("update audit_progress set audited_number = ? where document_slug = ?").params(number, document).update();
        return true;
    }

    /** Whether versions of the document committed before this call still wait for their audit. */
    private boolean pending(String document) {
        var audited = audited(document);
        return audited != null && audited < versions.latestNumber(document);
    }

    /** How far the document's audit has got; null before its first version. */
    Integer audited(String document) {
        return jdbc.sql("select audited_number from audit_progress where document_slug = ?").param(document)
                .query(Integer.class).optional().orElse(null);
    }

    /**
     * Lets the version being audited finish (briefly) without interrupting it: an interrupt in the middle of
     * H2's file writes closes the database. What is left stays pending until the next start.
     */
    @Override
    public void destroy() throws InterruptedException {
        stopping = true;
        background.shutdown();
        background.awaitTermination(10, TimeUnit.SECONDS);
    }
}
