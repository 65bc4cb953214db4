package org.redline.document;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * How long a writer waits for a document another writer holds, and what the waits and holds cost.
 * The wait is bounded on both databases (H2's session LOCK_TIMEOUT, PostgreSQL's transaction-local
 * lock_timeout; H2's default of one or two seconds is too short and PostgreSQL's waits forever), and
 * a writer that runs out of it gets {@link DocumentBusy}, never the driver's error.
 */
@Component
class LockWait {

    private final JdbcTemplate jdbc;
    private final boolean postgres;
    private final Duration wait;
    private final Duration retryAfter;
    private final Timer waits;
    private final Timer holds;

    LockWait(JdbcTemplate jdbc, DataSource dataSource, MeterRegistry meters,
            @Value("${redline.write.lock-wait:15s}") Duration wait,
            @Value("${redline.write.retry-after:5s}") Duration retryAfter) throws SQLException {
        this.jdbc = jdbc;
        try (var connection = dataSource.getConnection()) {
            this.postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
        }
        this.wait = wait;
        this.retryAfter = retryAfter;
        this.waits = Timer.builder("redline.document.lock.wait").description("time a writer waited for the document lock")
                .publishPercentileHistogram().register(meters);
        this.holds = Timer.builder("redline.document.lock.held")
                .description("time from taking the document lock to the end of the writing transaction")
                .publishPercentileHistogram().register(meters);
    }

    /** Runs {@code lock} (a statement that waits for a lock) with the bounded wait, timing the wait and the hold. */
    <T> T lock(String slug, Supplier<T> lock) {
        boundWait();
        long start = System.nanoTime();
        T locked;
        try {
            locked = lock.get();
        } catch (PessimisticLockingFailureException timedOut) {
            throw new DocumentBusy(slug, Duration.ofNanos(System.nanoTime() - start), retryAfter);
        }
        long acquired = System.nanoTime();
        waits.record(acquired - start, java.util.concurrent.TimeUnit.NANOSECONDS);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                holds.record(System.nanoTime() - acquired, java.util.concurrent.TimeUnit.NANOSECONDS);
            }
        });
        return locked;
    }

    /** Bounds the wait of the statements that follow in this transaction (H2: on this connection). */
    void boundWait() {
        jdbc.execute(postgres ? "set local lock_timeout = '" + wait.toMillis() + "ms'" : "set lock_timeout " + wait.toMillis());
    }

    Duration retryAfter() {
        return retryAfter;
    }
}
