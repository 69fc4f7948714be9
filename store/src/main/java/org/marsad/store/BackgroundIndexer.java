package org.marsad.store;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The store's indexing thread ("marsad-indexer", made at the first batch): a bulk batch's search documents are
 * indexed on it while the storing thread writes the next batch. One batch at a time: the store waits for the one
 * pending before it gives the next. Not thread-safe: the store calls it under its own lock.
 */
final class BackgroundIndexer {
    /** The indexing of the last batch given (null: none pending). */
    private Future<?> pending;
    private ExecutorService thread;
    /** Run on the indexing thread before each batch (the tests slow it down with it). */
    private volatile Runnable before = () -> { };

    /** For the tests: {@code r} runs on the indexing thread before each batch is indexed. */
    void beforeEach(Runnable r) {
        before = r;
    }

    /** Indexes a batch on the indexing thread; the caller has waited for the batch before ({@link #await}). */
    void submit(Runnable indexing) {
        Runnable first = before;
        pending = thread().submit(() -> {
            first.run();
            indexing.run();
        });
    }

    /**
     * Waits for the pending batch, if any; when its indexing failed, runs {@code onFailure} and throws the failure.
     */
    void await(Runnable onFailure) {
        Future<?> f = pending;
        if (f == null) {
            return;
        }
        pending = null;
        try {
            f.get();
        } catch (ExecutionException e) {
            onFailure.run();
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new StoreException("cannot index a stored batch: " + cause, cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            onFailure.run();
            throw new StoreException("interrupted while a stored batch was indexed", e);
        }
    }

    /** Stops the thread (after {@link #await}). */
    void shutdown() {
        if (thread != null) {
            thread.shutdown();
        }
    }

    private ExecutorService thread() {
        if (thread == null) {
            thread = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "marsad-indexer");
                t.setDaemon(true);
                return t;
            });
        }
        return thread;
    }
}
