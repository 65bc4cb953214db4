package org.redline.document.internal;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.function.Supplier;
import org.redline.document.LockTimeout;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * How long a writer waits for a document another writer holds, and what the waits and holds cost.
 * The wait is bounded on both databases ({@link LockTimeout}), and a writer that runs out of it gets
 * {@link DocumentBusy}, never the driver's error.
 */
@Component
public class LockWait {

    private final LockTimeout timeout;
    private final Duration wait;
    private final Duration retryAfter;
    private final Timer waits;
    private final Timer holds;

    LockWait(LockTimeout timeout, MeterRegistry meters,
            @Value("${redline.write.lock-wait:15s}") Duration wait,
            @Value("${redline.write.retry-after:5s}") Duration retryAfter) {
        this.timeout = timeout;
        this.wait = wait;
        this.retryAfter = retryAfter;
        this.waits = Timer.builder("redline.document.lock.wait").description("time a writer waited for the document lock")
                .publishPercentileHistogram().register(meters);
        this.holds = Timer.builder("redline.document.lock.held")
                .description("time from taking the document lock to the end of the writing transaction")
                .publishPercentileHistogram().register(meters);
    }

    /** Runs {@code lock} (a statement that waits for a lock) with the bounded wait, timing the wait and the hold. */
    public <T> T lock(String slug, Supplier<T> lock) {
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
    public void boundWait() {
        timeout.bound(wait);
    }

    Duration retryAfter() {
        return retryAfter;
    }
}
