package org.marsad.cli;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.marsad.core.pipeline.PageResult;
import org.marsad.core.pipeline.Pipeline;
import org.marsad.core.segment.Page;

/**
 * Pages coded on N threads and handed on in the order they were read: the reader {@link #submit submits} each
 * page, {@code threads} workers run the pipeline, and one consumer thread takes the results in submission order
 * (so the output of N threads is the output of one). At most {@code window} pages are in flight: the reader waits
 * when the consumer falls behind. A page whose coding throws (an exception or an error such as a stack overflow)
 * reaches the consumer as a failure; the others go on.
 */
final class PagePool implements AutoCloseable {
    /** What the consumer thread is given, in the pages' order. */
    interface Consumer {
        void coded(Page page, PageResult result);

        /**
         * As {@link #coded(Page, PageResult)}, with what the pool's {@code prepare} made of the result on the worker
         * (null when it threw: the consumer then does that work itself).
         */
        default void coded(Page page, PageResult result, Object prepared) {
            coded(page, result);
        }

        void failed(Page page, Throwable error);

        /** Called when no result arrived for {@code idleMillis} (a batch that is due may be written). */
        default void idle() {
        }

        /**
         * Called when the reader has submitted its last page and the next result is still being coded: the consumer
         * would wait for it, so a consumer that gathers pages may deal with those it holds now (what it leaves for
         * {@link #end} is done after all coding, on one thread).
         */
        default void drain() {
        }

        /** Called once after the last result. */
        default void end() {
        }
    }

    private static final Slot END = new Slot(null, null);
    /** How often a consumer waiting for a page looks whether the input has ended. */
    static final long DRAIN_LOOK_MS = 20;
    private final Pipeline pipeline;
    private final ExecutorService workers;
    private final BlockingQueue<Slot> inFlight;
    private final Thread consumerThread;
    private final long idleMillis;
    private volatile Throwable consumerError;
    /** When a worker last finished a page ({@link System#nanoTime}; 0: none yet). */
    private final java.util.concurrent.atomic.AtomicLong lastCodedAt = new java.util.concurrent.atomic.AtomicLong();
    /** Set by {@link #finish}: no page will be submitted any more. */
    private volatile boolean inputEnded;

    private final java.util.function.Function<PageResult, Object> prepare;

    private record Slot(Page page, Future<Object> result) {
    }

    /** A coded page and what {@code prepare} made of it on the worker. */
    private record Prepared(PageResult result, Object prepared) {
    }

    PagePool(Pipeline pipeline, int threads, int window, long idleMillis, Consumer consumer) {
        this(pipeline, threads, window, idleMillis, consumer, null);
    }

    /**
     * {@code prepare} (null: none): more work on each coded page, done on the worker that coded it (such as the
     * per-page part of storing it), handed to {@link Consumer#coded(Page, PageResult, Object)}.
     */
    PagePool(Pipeline pipeline, int threads, int window, long idleMillis, Consumer consumer,
             java.util.function.Function<PageResult, Object> prepare) {
        this.pipeline = pipeline;
        this.prepare = prepare;
        this.idleMillis = Math.max(1, idleMillis);
        int n = Math.max(1, threads);
        this.workers = Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, "marsad-pipeline");
            t.setDaemon(true);
            return t;
        });
        this.inFlight = new ArrayBlockingQueue<>(Math.max(n, window));
        this.consumerThread = new Thread(() -> consume(consumer), "marsad-consumer");
        this.consumerThread.setDaemon(true);
        this.consumerThread.start();
    }

    /** Codes the page on a worker; waits while {@code window} pages are in flight. */
    void submit(Page page) {
        checkConsumer();
        Future<Object> f = workers.submit(() -> code(page));
        try {
            while (!inFlight.offer(new Slot(page, f), 200, TimeUnit.MILLISECONDS)) {
                checkConsumer();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while coding pages", e);
        }
    }

    private Object code(Page page) {
        try {
            return codeAndPrepare(page);
        } finally {
            lastCodedAt.accumulateAndGet(System.nanoTime(), Math::max);
        }
    }

    private Object codeAndPrepare(Page page) {
        PageResult result;
        try {
            result = pipeline.process(page);
        } catch (RuntimeException | StackOverflowError | AssertionError e) {
            return e;
        }
        if (prepare == null) {
            return result;
        }
        Object made;
        try {
            made = prepare.apply(result);
        } catch (RuntimeException | StackOverflowError e) {
            made = null; // the consumer does it, and reports it failing as it would have
        }
        return new Prepared(result, made);
    }

    /** When a worker last finished coding a page ({@link System#nanoTime}), 0 when none has. */
    long lastCodedAt() {
        return lastCodedAt.get();
    }

    private void consume(Consumer consumer) {
        try {
            while (true) {
                Slot s = inFlight.poll(idleMillis, TimeUnit.MILLISECONDS);
                if (s == null) {
                    consumer.idle();
                    continue;
                }
                if (s == END) {
                    consumer.end();
                    return;
                }
                Object r = await(s, consumer);
                if (r instanceof Prepared p) {
                    consumer.coded(s.page(), p.result(), p.prepared());
                } else if (r instanceof PageResult pr) {
                    consumer.coded(s.page(), pr);
                } else {
                    consumer.failed(s.page(), (Throwable) r);
                }
            }
        } catch (Throwable e) {
            consumerError = e;
            inFlight.clear();
        }
    }

    /**
     * The slot's result, when its page is coded. While it is not, the consumer is told once to {@link Consumer#drain}
     * if the input has ended (looked at again every {@value #DRAIN_LOOK_MS} ms, so a wait begun before the end is
     * noticed too).
     */
    private Object await(Slot s, Consumer consumer) throws InterruptedException {
        boolean drained = false;
        while (true) {
            if (!drained && inputEnded && !s.result().isDone()) {
                consumer.drain();
                drained = true;
            }
            try {
                return s.result().get(DRAIN_LOOK_MS, TimeUnit.MILLISECONDS);
            } catch (ExecutionException e) {
                return e.getCause();
            } catch (java.util.concurrent.TimeoutException e) {
                // still being coded: look again whether the input has ended
            }
        }
    }

    private void checkConsumer() {
        Throwable e = consumerError;
        if (e instanceof RuntimeException r) {
            throw r;
        }
        if (e instanceof Error err) {
            throw err;
        }
        if (e != null) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits for every submitted page to be consumed; rethrows what stopped the consumer, if anything did. */
    void finish() {
        inputEnded = true;
        try {
            while (consumerError == null && !inFlight.offer(END, 200, TimeUnit.MILLISECONDS)) {
                // the consumer is still working through a full window
            }
            while (consumerThread.isAlive()) {
                consumerThread.join(200);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while coding pages", e);
        }
        checkConsumer();
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
