package org.marsad.server;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * First-come first-served admission to one lane of requests: at most {@code permits} of its handlers run at once,
 * the others wait in arrival order (a fair semaphore). On a machine with few cores, fifty requests run side by side
 * stretch each one to many times its cost; run a few at a time, a short request no longer waits behind the CPU
 * share of every long one, and the slowest answers come sooner. A request that waits longer than {@code wait} is
 * answered 503 with a {@code Retry-After} header, so an overload never turns into an unbounded queue.
 */
final class Admission {
    private final String lane;
    private final Semaphore permits;
    private final long waitNanos;
    private final int retryAfterSeconds;
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger peak = new AtomicInteger();

    /** {@code lane} names the lane in the 503 message; {@code permits} at least 1; {@code wait} zero or more. */
    Admission(String lane, int permits, Duration wait) {
        if (permits < 1) {
            throw new IllegalArgumentException("a lane needs at least one permit");
        }
        if (wait.isNegative()) {
            throw new IllegalArgumentException("the admission wait must not be negative");
        }
        this.lane = lane;
        this.permits = new Semaphore(permits, true);
        this.waitNanos = wait.toNanos();
        this.retryAfterSeconds = (int) Math.max(1, Math.min(3600, wait.toSeconds()));
    }

    /** {@code handler} run under this lane's admission: waits for a permit, or answers 503 after the wait bound. */
    Handler admit(Handler handler) {
        return ctx -> {
            if (!enter()) {
                refuse(ctx);
                return;
            }
            try {
                handler.handle(ctx);
            } finally {
                leave();
            }
        };
    }

    private boolean enter() throws InterruptedException {
        if (!permits.tryAcquire(waitNanos, TimeUnit.NANOSECONDS)) {
            return false;
        }
        peak.accumulateAndGet(running.incrementAndGet(), Math::max);
        return true;
    }

    private void leave() {
        running.decrementAndGet();
        permits.release();
    }

    private void refuse(Context ctx) {
        ctx.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", Integer.toString(retryAfterSeconds))
                .contentType("application/json")
                .result(Json.error("the server is busy (" + lane + " requests waited over "
                        + TimeUnit.NANOSECONDS.toMillis(waitNanos) + " ms); retry later"));
    }

    /** The most handlers of this lane seen running at once since the server started. */
    int peak() {
        return peak.get();
    }

    /** Requests waiting for a permit now (an estimate, as {@link Semaphore#getQueueLength}). */
    int waiting() {
        return permits.getQueueLength();
    }

    /** Takes a permit without a request (for tests: a lane held busy); give it back with {@link #release}. */
    boolean tryHold(Duration wait) throws InterruptedException {
        return permits.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS);
    }

    void release() {
        permits.release();
    }
}
