package org.redline.document.internal;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
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
    private final Timer queued;
    private final Timer slotWaits;
    /**
     * Writers reading their base, aligning and staging at once on this instance (of all documents). Each
     * reads and writes a version's rows through pooled connections; unbounded, 17 writers of a 20,000-point
     * document took every connection of the pool (10 by default) and the others timed out waiting for one.
     */
    private final Semaphore writerSlots;
    private final Duration slotWait;
    /** Whether this thread holds a writer slot already (a write that records calls recording, which asks again). */
    private final ThreadLocal<Boolean> holdsSlot = ThreadLocal.withInitial(() -> false);
    /** One fair lock per document slug written by this instance (documents are few; a lock is small). */
    private final Map<String, ReentrantLock> turns = new ConcurrentHashMap<>();

    LockWait(LockTimeout timeout, MeterRegistry meters,
            @Value("${redline.write.lock-wait:15s}") Duration wait,
            @Value("${redline.write.retry-after:5s}") Duration retryAfter,
            @Value("${redline.write.slots:4}") int writerSlots,
            @Value("${redline.write.slot-wait:5m}") Duration slotWait) {
        this.timeout = timeout;
        this.writerSlots = new Semaphore(writerSlots, true);
        this.slotWait = slotWait;
        this.wait = wait;
        this.retryAfter = retryAfter;
        this.waits = Timer.builder("redline.document.lock.wait").description("time a writer waited for the document lock")
                .publishPercentileHistogram().register(meters);
        this.holds = Timer.builder("redline.document.lock.held")
                .description("time from taking the document lock to the end of the writing transaction")
                .publishPercentileHistogram().register(meters);
        this.slotWaits = Timer.builder("redline.write.slot.wait")
                .description("time a writer waited for a writer slot (writers aligning and staging at once are bounded)")
                .publishPercentileHistogram().register(meters);
        this.queued = Timer.builder("redline.document.turn.wait")
                .description("time a writer waited behind this instance's other writers of the document")
                .publishPercentileHistogram().register(meters);
    }

    /**
     * Runs {@code work} when this instance's earlier writers of the document are done, first come first
     * served, waiting at most the bounded wait. The wait happens here, holding no database connection:
     * writers queued in the database would each hold one of the pool's few connections while they wait.
     * Writers of other instances still meet at the database lock ({@link #lock}).
     */
    public <T> T inTurn(String slug, Supplier<T> work) {
        var turn = turns.computeIfAbsent(slug, s -> new ReentrantLock(true));
        awaitOrBusy(slug, wait, queued, turn::tryLock);
        try {
            return work.get();
        } finally {
            turn.unlock();
        }
    }

    /**
     * Runs {@code work} (a write's slow part: reading its base, aligning, staging) in one of this instance's
     * writer slots, first come first served, waiting for one at most {@code redline.write.slot-wait} and
     * holding no connection meanwhile. A thread that holds a slot already runs it at once.
     */
    public <T> T inWriterSlot(String slug, Supplier<T> work) {
        if (holdsSlot.get()) {
            return work.get();
        }
        awaitOrBusy(slug, slotWait, slotWaits, writerSlots::tryAcquire);
        holdsSlot.set(true);
        try {
            return work.get();
        } finally {
            holdsSlot.set(false);
            writerSlots.release();
        }
    }

    /** A bounded wait for something in this process: a fair lock's {@code tryLock}, a semaphore's {@code tryAcquire}. */
    private interface TimedAcquire {
        boolean tryFor(long timeout, TimeUnit unit) throws InterruptedException;
    }

    /** Waits at most {@code bound} to acquire, timing the wait; {@link DocumentBusy} when it runs out or is interrupted. */
    private void awaitOrBusy(String slug, Duration bound, Timer timer, TimedAcquire acquire) {
        long start = System.nanoTime();
        boolean acquired;
        try {
            acquired = acquire.tryFor(bound.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            throw new DocumentBusy(slug, Duration.ofNanos(System.nanoTime() - start), retryAfter);
        }
        timer.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
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
        waits.record(acquired - start, TimeUnit.NANOSECONDS);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                holds.record(System.nanoTime() - acquired, TimeUnit.NANOSECONDS);
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
