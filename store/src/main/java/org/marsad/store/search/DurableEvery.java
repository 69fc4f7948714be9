package org.marsad.store.search;

import java.io.IOException;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.search.SearcherManager;
import org.marsad.store.StoreException;

/**
 * How both indexes publish their changes: visible to searches at once, durable at most every
 * {@value #DEFAULT_MILLIS} ms (a commit syncs files to disk, which costs far more than the change; the system
 * property {@code marsad.index.durable-ms} sets another interval). Closing the index commits; after a crash the
 * store's open catches up with what an index lacks.
 */
final class DurableEvery {
    static final long DEFAULT_MILLIS = 5_000;
    static final long MILLIS = Math.max(0, Long.getLong("marsad.index.durable-ms", DEFAULT_MILLIS));

    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Supplier<Map<String, String>> commitData;
    private final String what;
    private long lastCommit = System.nanoTime();

    /** {@code commitData}: written with every commit (empty for none); {@code what} names the index in errors. */
    DurableEvery(IndexWriter writer, SearcherManager searchers, Map<String, String> commitData, String what) {
        this(writer, searchers, () -> commitData, what);
    }

    /** {@code commitData}: asked for at every commit, as it is then. */
    DurableEvery(IndexWriter writer, SearcherManager searchers, Supplier<Map<String, String>> commitData, String what) {
        this.writer = writer;
        this.searchers = searchers;
        this.commitData = commitData;
        this.what = what;
    }

    synchronized void publish() {
        try {
            searchers.maybeRefreshBlocking();
            if (System.nanoTime() - lastCommit > MILLIS * 1_000_000L) {
                commit();
            }
        } catch (IOException e) {
            throw new StoreException("cannot refresh the " + what + ": " + e.getMessage(), e);
        }
    }

    synchronized void commit() {
        try {
            Map<String, String> data = commitData.get();
            if (!data.isEmpty()) {
                writer.setLiveCommitData(Map.copyOf(data).entrySet());
            }
            writer.commit();
            lastCommit = System.nanoTime();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new StoreException("cannot commit the " + what + ": " + e.getMessage(), e);
        }
    }
}
