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

        /** Called once after the last result. */
        default void end() {
        }
    }

    private static final Slot END = new Slot(null, null);
    private final Pipeline pipeline;
    private final ExecutorService workers;
    private final BlockingQueue<Slot> inFlight;
    private final Thread consumerThread;
    private final long idleMillis;
    private volatile Throwable consumerError;

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
                Object r;
                try {
                    r = s.result().get();
                } catch (ExecutionException e) {
                    r = e.getCause();
                }
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
