package org.redline.document.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The in-process waits of a writer (issue 13): for its turn among this instance's writers of a document and
 * for a writer slot. Both are bounded and end in {@link DocumentBusy} (503 with Retry-After), never a hang.
 */
class LockWaitTest {

    private final LockWait waits = new LockWait(null, new SimpleMeterRegistry(), Duration.ofMillis(300), Duration.ofSeconds(5),
            1, Duration.ofMillis(300));

    /** Runs {@code hold} on another thread until {@code release} opens, once it has started. */
    private java.util.concurrent.Future<?> holdWhile(java.util.function.Consumer<Runnable> hold, CountDownLatch release)
            throws InterruptedException {
        var started = new CountDownLatch(1);
        var holder = Executors.newSingleThreadExecutor();
        var holding = holder.submit(() -> hold.accept(() -> {
            started.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        holder.shutdown();
        assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
        return holding;
    }

    @Test
    void aWriterWaitsForItsTurnAtMostTheBoundThenGetsDocumentBusy() throws Exception {
        var release = new CountDownLatch(1);
        var holding = holdWhile(work -> waits.inTurn("plan", () -> {
            work.run();
            return null;
        }), release);
        try {
            assertThatThrownBy(() -> waits.inTurn("plan", () -> "never")).isInstanceOf(DocumentBusy.class)
                    .satisfies(e -> assertThat(((DocumentBusy) e).getHeaders().getFirst("Retry-After")).isEqualTo("5"));
            // another document's writers do not wait for this one's
            assertThat(waits.inTurn("other-plan", () -> "written")).isEqualTo("written");
        } finally {
            release.countDown();
            holding.get(30, TimeUnit.SECONDS);
        }
        assertThat(waits.inTurn("plan", () -> "written")).isEqualTo("written");
    }

    @Test
    void writersBeyondTheWriterSlotsWaitAtMostTheBoundThenGetDocumentBusy() throws Exception {
        var release = new CountDownLatch(1);
        var holding = holdWhile(work -> waits.inWriterSlot("plan", () -> {
            work.run();
            return null;
        }), release);
        try {
            // the one slot is taken, whatever the document
            assertThatThrownBy(() -> waits.inWriterSlot("other-plan", () -> "never")).isInstanceOf(DocumentBusy.class);
        } finally {
            release.countDown();
            holding.get(30, TimeUnit.SECONDS);
        }
        assertThat(waits.inWriterSlot("other-plan", () -> "staged")).isEqualTo("staged");
        // a slot is given back when the work fails
        assertThatThrownBy(() -> waits.inWriterSlot("plan", () -> {
            throw new IllegalStateException("refused");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(waits.inWriterSlot("plan", () -> "staged")).isEqualTo("staged");
        // a write holding a slot that asks again (importing, then recording) does not wait for itself
        assertThat(waits.inWriterSlot("plan", () -> waits.inWriterSlot("plan", () -> "nested"))).isEqualTo("nested");
    }
}
