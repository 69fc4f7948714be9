package org.marsad.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.marsad.core.pipeline.PageResult;
import org.marsad.core.segment.Diagnostic;
import org.marsad.core.segment.Page;
import org.marsad.store.EventStore;
import org.marsad.store.IngestOutcome;
import org.marsad.store.PreparedPage;
import org.marsad.store.StoreException;

/**
 * The consumer side of {@code ingest}: coded pages gathered into batches of {@code size} pages, or fewer when the
 * first page of a batch waited {@code maxMillis}, each stored in one transaction ({@link EventStore#storeBulk}: its
 * search documents indexed on the store's indexing thread while the next batch is written): what reads see appears a
 * batch at a time. A page the store refuses, or whose coding failed, is reported with its
 * origin and the batch goes on; a batch that fails as a whole is reported and the next one starts empty.
 */
final class StoreBatches implements PagePool.Consumer {
    private final EventStore db;
    private final PrintWriter err;
    private final int size;
    private final long maxMillis;
    private final boolean datesGiven;
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();
    /** Batches stored, and of them those {@link #drain} stored before they were full. */
    int batches;
    int drained;
    /** The fewest pages {@link #drain} stores as a batch of their own. */
    static final int DRAIN_MIN = 100;
    private final List<PreparedPage> batch = new ArrayList<>();
    private long firstAt;
    int stored;
    int duplicates;
    /** Pages the reader found stored already, before coding them. */
    int known;
    /** CPU time of the storing thread in {@link #flush} (nanoseconds): the serial part of an ingest. */
    long storeCpuNanos;
    /** When the last page was coded ({@link System#nanoTime}; 0: none was), set by the ingest once all are stored. */
    long codingEndedAt;
    final List<String> failed = new ArrayList<>();

    /** {@code datesGiven}: every page gets a date when its own gives none (--published), so none is missing. */
    StoreBatches(EventStore db, PrintWriter err, int size, long maxMillis, boolean datesGiven) {
        this.db = db;
        this.err = err;
        this.size = Math.max(1, size);
        this.maxMillis = maxMillis;
        this.datesGiven = datesGiven;
    }

    @Override
    public void coded(Page page, PageResult result) {
        coded(page, result, null);
    }

    /** {@code prepared}: the page {@link PreparedPage#of prepared} on the thread that coded it (null: not). */
    @Override
    public void coded(Page page, PageResult result, Object prepared) {
        if (batch.isEmpty()) {
            firstAt = System.nanoTime();
        }
        batch.add(prepared instanceof PreparedPage p && p.result() == result ? p : PreparedPage.unprepared(result));
        if (batch.size() >= size) {
            flush();
        }
    }

    @Override
    public void failed(Page page, Throwable error) {
        String reason = "cannot code the page: " + error;
        fail(page.origin(), reason);
        try {
            db.logProblem(new Diagnostic(page.origin(), reason));
        } catch (StoreException e) {
            err.println(Printable.of("marsad: " + e.getMessage()));
        }
    }

    /** A page the reader skipped (logged in the store by the reader). */
    synchronized void fail(String origin, String reason) {
        failed.add(origin);
        err.println(Printable.of("marsad: failed " + origin + ": " + reason));
        err.flush();
    }

    @Override
    public void idle() {
        if (!batch.isEmpty() && System.nanoTime() - firstAt >= maxMillis * 1_000_000L) {
            flush();
        }
    }

    /**
     * The input has ended and the next page is still being coded: the pages held are stored now, while the last
     * pages are coded, rather than all of them after the coding (one thread's work while the other cores idle). Not
     * fewer than {@value #DRAIN_MIN} pages (or a whole batch, if smaller), so the end is not stored a page at a time.
     */
    @Override
    public void drain() {
        if (batch.size() >= Math.min(size, DRAIN_MIN)) {
            flush();
            drained++;
        }
    }

    @Override
    public void end() {
        flush();
        try {
            db.awaitIndexed();
        } catch (RuntimeException e) { // the pages are stored; the next open of the store indexes what is missing
            fail("(search indexes)", "the last batch could not be indexed: " + e.getMessage());
        }
    }

    void flush() {
        if (batch.isEmpty()) {
            return;
        }
        int undated = 0;
        for (PreparedPage p : batch) {
            if (p.result().page().meta().published() == null) {
                undated++;
            }
        }
        long cpu0 = CPU.getCurrentThreadCpuTime();
        batches++;
        try {
            EventStore.Batch b = db.storeBulk(batch); // indexed while the next batch is gathered and written
            for (IngestOutcome o : b.outcomes()) {
                if (o == IngestOutcome.STORED) {
                    stored++;
                } else if (o == IngestOutcome.DUPLICATE) {
                    duplicates++;
                }
            }
            for (EventStore.Failure f : b.failures()) {
                fail(f.origin(), f.reason());
            }
        } catch (RuntimeException e) { // a store or index error: the batch is reported, the next one goes on
            for (PreparedPage p : batch) {
                fail(p.result().page().origin(), "the batch could not be stored: " + e.getMessage());
            }
        } finally {
            batch.clear();
            storeCpuNanos += CPU.getCurrentThreadCpuTime() - cpu0;
        }
        if (undated > 0 && !datesGiven) {
            err.println("marsad: " + undated + (undated == 1 ? " page" : " pages") + " of this batch "
                    + (undated == 1 ? "has" : "have") + " no publication date, so their events are dated from the text "
                    + "alone; give --published DATE, or a date per page in a --manifest");
            err.flush();
        }
    }
}
