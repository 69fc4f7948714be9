package org.marsad.store.search;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.NRTCachingDirectory;

/**
 * How both indexes publish their changes: visible to searches at once, durable at most every
 * {@value #DEFAULT_MILLIS} ms (a commit syncs files to disk, which costs far more than the change; the system
 * property {@code marsad.index.durable-ms} sets another interval). Closing the index commits; after a crash the
 * store's open catches up with what an index lacks.
 */
final class DurableEvery {
    static final long DEFAULT_MILLIS = 5_000;
    static final long MILLIS = Math.max(0, Long.getLong("marsad.index.durable-ms", DEFAULT_MILLIS));
    private static final double CACHE_SEGMENT_MB = 2;
    private static final double CACHE_MB = 16;

    private final IndexWriter writer;
    private final SearcherManager searchers;
    /** Up to when the ingest log's pages are in the index: written with every commit. */
    private final IndexMark mark;
    private final String what;
    private final IndexFailure failure;
    private long lastCommit = System.nanoTime();

    /**
     * Opens a writer on {@code dir}; when the index there cannot be read (corrupt, truncated, or written by another
     * Lucene version) its files are removed and an empty index is started: {@code why[0]} then says what was wrong.
     * The caller fills it again from the store.
     */
    static org.apache.lucene.index.IndexWriter openOrRecreate(Directory dir,
            java.util.function.Supplier<org.apache.lucene.index.IndexWriterConfig> config, String[] why)
            throws IOException {
        try {
            return new org.apache.lucene.index.IndexWriter(dir, config.get()
                    .setOpenMode(org.apache.lucene.index.IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
        } catch (org.apache.lucene.index.CorruptIndexException | org.apache.lucene.index.IndexFormatTooOldException
                 | org.apache.lucene.index.IndexFormatTooNewException | java.io.EOFException
                 | java.nio.file.NoSuchFileException e) {
            why[0] = e.getMessage();
            for (String f : dir.listAll()) {
                dir.deleteFile(f);
            }
            return new org.apache.lucene.index.IndexWriter(dir, config.get()
                    .setOpenMode(org.apache.lucene.index.IndexWriterConfig.OpenMode.CREATE));
        }
    }

    /**
     * The folder of an index published this way: the small segment each publish flushes is kept in memory (up to
     * {@value #CACHE_SEGMENT_MB} MB a segment, {@value #CACHE_MB} MB in all) and written to the folder by the next
     * durable commit, instead of being written as files at every stored page. A crash loses only what no commit
     * held anyway.
     */
    static Directory directory(Path folder) throws IOException {
        return new NRTCachingDirectory(FSDirectory.open(folder), CACHE_SEGMENT_MB, CACHE_MB);
    }

    /**
     * {@code fixed}: commit data written with every commit beside the mark (empty for none); {@code what} names
     * the index in errors, reported as {@code failure} makes them.
     */
    DurableEvery(IndexWriter writer, SearcherManager searchers, Map<String, String> fixed, String what,
                 IndexFailure failure) {
        this.failure = failure;
        this.writer = writer;
        this.searchers = searchers;
        this.mark = new IndexMark(writer, fixed);
        this.what = what;
    }

    /** The mark of the index's last durable commit before this open, if it had one ({@link IndexMark}). */
    Optional<Instant> durableThrough() {
        return mark.durable();
    }

    /** How far before the mark a catch-up after a crash indexes pages again (a clock set back). */
    private static final java.time.Duration CATCH_UP_MARGIN = java.time.Duration.ofMinutes(10);

    /**
     * Where a catch-up after a crash starts: the pages logged as stored since this instant (the mark less a margin)
     * may be missing from the index; empty when the index has no mark.
     */
    Optional<Instant> catchUpFrom() {
        return durableThrough().map(m -> m.minus(CATCH_UP_MARGIN));
    }

    /** The index now holds every page logged as stored up to {@code through} (null: nothing new known). */
    void advance(Instant through) {
        mark.advance(through);
    }

    /** As {@link #publish()}, after {@link #advance advancing} the mark to {@code through}. */
    void publish(Instant through) {
        advance(through);
        publish();
    }

    /** As {@link #commit()}, after {@link #advance advancing} the mark to {@code through}. */
    void commit(Instant through) {
        advance(through);
        commit();
    }

    synchronized void publish() {
        try {
            searchers.maybeRefreshBlocking();
            if (System.nanoTime() - lastCommit > MILLIS * 1_000_000L) {
                commit();
            }
        } catch (IOException e) {
            throw failure.failed("cannot refresh the " + what + ": " + e.getMessage(), e);
        }
    }

    synchronized void commit() {
        try {
            Map<String, String> data = mark.commitData();
            if (!data.isEmpty()) {
                writer.setLiveCommitData(Map.copyOf(data).entrySet());
            }
            writer.commit();
            lastCommit = System.nanoTime();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw failure.failed("cannot commit the " + what + ": " + e.getMessage(), e);
        }
    }
}
