package org.marsad.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.marsad.core.pipeline.PageResult;
import org.marsad.core.segment.Diagnostic;
import org.marsad.model.Event;
import org.marsad.export.EventJsonReader;
import org.marsad.store.search.ArticleDoc;
import org.marsad.store.search.ArticleIndex;
import org.marsad.store.search.EventDoc;
import org.marsad.store.search.EventIndex;
import org.marsad.store.search.EventSelect;
import org.marsad.store.search.SearchResult;
import org.marsad.store.search.StoredPages;

/**
 * Pages, articles, events and the ingest log in one DuckDB file ({@value #FILE} in the store folder).
 * One process at a time. Within it, writes are serialised on one connection, and reads run side by side on a pool
 * of duplicated connections ({@link ReadPool}), each on a snapshot of what was committed, so a read never waits for
 * an ingest. The articles are also indexed for full-text search in {@value ArticleIndex#FOLDER} (see
 * {@link ArticleIndex}), after each DuckDB commit.
 */
public final class EventStore implements AutoCloseable, StoredPages {
    public static final String FILE = "marsad.duckdb";
    /**
     * The write-ahead log's size at which DuckDB checkpoints (writes its tables and their key indexes to the file), in
     * MB; {@code -Dmarsad.store.checkpoint-mb} sets another. DuckDB's default, 16 MB, checkpointed every batch or two
     * of a bulk ingest, each time writing the key indexes again: at 256 MB the storing thread spent about a fifth less
     * CPU a page (docs/scale.md). A clean close checkpoints; after a crash, opening replays at most this much log.
     */
    static final int CHECKPOINT_MB = Math.max(1, Integer.getInteger("marsad.store.checkpoint-mb", 256));
    /** Read connections at most; more concurrent readers wait for one. */
    static final int READERS = 8;
    /** Above this many rows a query streams its records in one statement instead of two steps. */
    private static final int TWO_STEP_MAX = 10_000;
    private final Connection conn;
    private final ReadPool readers;
    private final Path dir;
    private final ArticleIndex index;
    private final EventIndex eventIndex;
    private final ClusterStore clusters;
    private final StoredClusters storedClusters;
    /** Clustering's look-ups of committed events, kept across batches (used while the event index is complete). */
    private final CommittedDays committedDays;
    /**
     * Whether every committed batch has been given to the event index without failing (false after a failed indexing,
     * until reopened). While a batch stored by {@link #storeBulk} is being indexed in the background, clustering's
     * reads of the index wait for it ({@link #awaitIndexing}).
     */
    private boolean indexComplete = true;
    /** The thread that indexes {@link #storeBulk}'s batches, one at a time. */
    private final BackgroundIndexer indexer = new BackgroundIndexer();
    /** The stored pages' doc_ids, for "already stored?" (filled from the table at the first question). */
    private final KnownPages known = new KnownPages();
    private IndexSync.Outcome indexSync;

    private EventStore(Path dir, Connection conn, ArticleIndex index, EventIndex eventIndex) throws SQLException {
        this.dir = dir;
        this.conn = conn;
        this.readers = new ReadPool(conn, READERS);
        this.index = index;
        this.eventIndex = eventIndex;
        this.clusters = ClusterStore.open(conn, this);
        this.storedClusters = new StoredClusters(conn, this);
        this.committedDays = new CommittedDays(this::committedRecordsOn, CommittedDays.MAX_EVENTS);
    }

    /**
     * Clustering's read of the committed events of a type and status on a day from the event index: only once every
     * committed batch is in it (a batch {@link #storeBulk} stored may still be being indexed).
     */
    synchronized List<String> committedRecordsOn(String type, String status, java.time.LocalDate day) {
        awaitIndexing();
        return eventIndex.clusterReads().recordsOn(type, status, day);
    }

    /** For the tests: {@code r} runs on the indexing thread before each batch {@link #storeBulk} stored is indexed. */
    void beforeBackgroundIndexing(Runnable r) {
        indexer.beforeEach(r);
    }

    /** The event clusters (one per happening across articles), kept up to date as pages are stored. */
    public StoredClusters clusters() {
        return storedClusters;
    }

    /** What keeps the clusters up to date (its last placement's counts, for tests). */
    ClusterStore clusterStore() {
        return clusters;
    }

    /** Opens (creating when missing) the store in {@code dir}. */
    public static EventStore open(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreException("cannot create the store folder " + dir + ": " + e.getMessage(), e);
        }
        try {
            Class.forName("org.duckdb.DuckDBDriver");
            Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve(FILE).toAbsolutePath());
            Schema.create(c);
            try (Statement s = c.createStatement()) {
                s.execute("SET checkpoint_threshold = '" + CHECKPOINT_MB + "MB'");
            }
            c.setAutoCommit(false);
            return withIndex(dir, c);
        } catch (SQLException | ClassNotFoundException e) {
            throw new StoreException("cannot open the store in " + dir + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * Opens the search indexes next to the DuckDB file, indexes the stored pages the article index lacks, and
     * rebuilds the event index when it does not hold exactly the stored events.
     */
    private static EventStore withIndex(Path dir, Connection c) throws SQLException {
        EventStore s = null;
        try {
            s = new EventStore(dir, c, ArticleIndex.open(dir.resolve(ArticleIndex.FOLDER), StoreException::new),
                    EventIndex.open(dir.resolve(EventIndex.FOLDER), StoreException::new));
            s.index.catchUp(s);
            s.syncEventIndex();
            if (s.count("events") == 0) {
                s.committedDays.startEmpty(); // clustering's days come from the batches alone, none read
            }
            return s;
        } catch (StoreException e) {
            if (s != null) {
                s.close();
            } else {
                c.close();
            }
            throw e;
        }
    }

    private void syncEventIndex() {
        try {
            indexSync = IndexSync.sync(readers, eventIndex, count("events"));
        } catch (SQLException e) {
            throw new StoreException("cannot bring the event index in step: " + e.getMessage(), e);
        }
    }

    /**
     * What the caller should tell the user about this opening: a search index that could not be read (corrupt,
     * truncated, or of another Lucene version) was started afresh and filled again from the DuckDB file. Empty when
     * both indexes were read.
     */
    public List<String> warnings() {
        List<String> w = new ArrayList<>();
        if (index.recreatedBecause() != null) {
            w.add("the article search index in " + dir.resolve(ArticleIndex.FOLDER) + " could not be read ("
                    + index.recreatedBecause() + "); it was rebuilt from the store");
        }
        if (eventIndex.recreatedBecause() != null) {
            w.add("the event index in " + dir.resolve(EventIndex.FOLDER) + " could not be read ("
                    + eventIndex.recreatedBecause() + "); it was rebuilt from the store");
        }
        return w;
    }

    /** What opening this store did to the event index (in step, caught up with a few pages, or rebuilt). */
    IndexSync.Outcome indexSync() {
        return indexSync;
    }

    public Path dir() {
        return dir;
    }

    /** DuckDB's checkpoint threshold as it reports it (for the tests). */
    String checkpointThreshold() {
        return read("read a setting", c -> {
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT current_setting('checkpoint_threshold')")) {
                r.next();
                return r.getString(1);
            }
        });
    }

    /** Whether a page with this doc_id is stored. */
    public boolean contains(String docId) {
        return read("read the store", c -> Rows.contains(c, docId));
    }

    /**
     * Which of these doc_ids are stored: the ids whose hash the in-memory set of stored ids holds ({@link StoredIds},
     * filled from the table at the first call) are asked of DuckDB (one query per thousand, on a read connection: no
     * wait for a write); the others are new. A page is in the set from its batch's commit on.
     */
    public java.util.Set<String> stored(java.util.Collection<String> docIds) {
        if (docIds.isEmpty()) {
            return java.util.Set.of();
        }
        List<String> maybe = known.candidates(docIds, this::storedIds);
        if (maybe.isEmpty()) {
            return java.util.Set.of();
        }
        return read("read the store", c -> BatchRows.storedDocIds(c, maybe));
    }

    /** Every stored page's doc_id, read from the pages table. */
    private StoredIds storedIds() {
        StoredIds ids = new StoredIds();
        read("read the stored pages", c -> {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT doc_id FROM pages")) {
                while (r.next()) {
                    ids.add(r.getString(1));
                }
            }
            return null;
        });
        return ids;
    }

    /** Whether the set of stored ids is kept (for the tests). */
    boolean keepsStoredIds() {
        return known.kept();
    }

    /**
     * {@code work} on a pooled read connection; a database error becomes a {@link StoreException} saying what
     * could not be done ({@code what}: "read the store").
     */
    private <T> T read(String what, ReadPool.Read<T> work) {
        return orFail(what, () -> readers.read(work));
    }

    /** A database call whose error is reported by {@link #orFail}. */
    private interface SqlCall<T> {
        T call() throws SQLException;
    }

    private static <T> T orFail(String what, SqlCall<T> call) {
        try {
            return call.call();
        } catch (SQLException e) {
            throw new StoreException("cannot " + what + ": " + e.getMessage(), e);
        }
    }

    /**
     * Stores a page with its articles and events in one transaction, unless it is already there.
     *
     * @throws StoreException when the page cannot be stored (nothing of it is)
     */
    public synchronized IngestOutcome store(PageResult result) {
        Batch b = storeBatch(List.of(result));
        if (!b.failures().isEmpty()) {
            throw new StoreException(b.failures().get(0).reason(), null);
        }
        return b.outcomes().get(0);
    }

    /**
     * As {@link #storeBatch}, giving each page's outcome ({@link IngestOutcome#FAILED} for a page that could not
     * be stored; the ingest log says why).
     */
    public synchronized List<IngestOutcome> storeAll(List<PageResult> results) {
        return storeBatch(results).outcomes();
    }

    /** A page that could not be stored, and why. */
    public record Failure(String origin, String docId, String reason) {
    }

    /** What storing a batch did: one outcome per page, in order, and the pages that failed. */
    public record Batch(List<IngestOutcome> outcomes, List<Failure> failures) {
    }

    /**
     * Stores pages in one transaction (all or none: a crash leaves no half page, and the next run stores what is
     * missing), appended in bulk ({@link BatchRows}), clustered in one pass, and published to both search indexes
     * once: the batch is what reads see at once, after its commit. Pages already stored, or repeated in the batch,
     * are logged as duplicates. When the batch fails, its pages are stored again one per transaction, so a bad
     * page is reported ({@link Batch#failures}, and an error line in the ingest log) and the others are stored.
     */
    public synchronized Batch storeBatch(List<PageResult> results) {
        List<PreparedPage> pages = new ArrayList<>(results.size());
        results.forEach(r -> pages.add(PreparedPage.unprepared(r)));
        return storePrepared(pages);
    }

    /**
     * As {@link #storeBatch}, for pages {@link PreparedPage#of prepared} beforehand (on the threads that coded them):
     * the same rows, clusters and index documents, with less work on the thread that stores.
     */
    public synchronized Batch storePrepared(List<PreparedPage> pages) {
        return store(pages, false);
    }

    /**
     * As {@link #storePrepared}, but the batch is published to the search indexes on the store's indexing thread
     * while the caller goes on (a bulk ingest writes its next batch meanwhile): the batch's rows and clusters are
     * committed when this returns, its search documents (the article search, and event lists read from the event
     * index) follow when that indexing ends, at the latest when the next batch has been written, or at
     * {@link #awaitIndexed} or {@link #close}. One batch at a time is indexed, in order; clustering's reads of the
     * event index wait for it. A crash before it ends is a crash between the DuckDB commit and the indexes: the next
     * {@link #open} indexes what they lack. An indexing that failed is thrown by the next call that waits for it.
     */
    public synchronized Batch storeBulk(List<PreparedPage> pages) {
        return store(pages, true);
    }

    /** Waits until every stored batch is in both search indexes; throws what failed if its indexing did. */
    public synchronized void awaitIndexed() {
        awaitIndexing();
    }

    private Batch store(List<PreparedPage> pages, boolean background) {
        if (!background) {
            awaitIndexing(); // a batch stored at once is searchable when this returns, so are those before it
        }
        if (pages.isEmpty()) {
            return new Batch(List.of(), List.of());
        }
        Written w;
        try {
            w = write(pages);
        } catch (SQLException | RuntimeException | StackOverflowError e) {
            rollbackQuietly();
            if (pages.size() == 1) {
                return failed(pages.get(0).result(), e);
            }
            List<IngestOutcome> outcomes = new ArrayList<>();
            List<Failure> failures = new ArrayList<>();
            for (PreparedPage r : pages) {
                Batch one = store(List.of(r), background);
                outcomes.addAll(one.outcomes());
                failures.addAll(one.failures());
            }
            return new Batch(outcomes, failures);
        }
        committedDays.committed(w.added);
        known.added(w.articles.keySet());
        RuntimeException before = null;
        try {
            awaitIndexing(); // the batch before, indexed while this one was written
        } catch (RuntimeException e) {
            before = e; // this batch is committed: it is given to the indexes all the same
        }
        if (background) {
            indexer.submit(() -> index(w.articles, w.events, w.through));
        } else {
            try {
                index(w.articles, w.events, w.through);
            } catch (RuntimeException | Error e) {
                indexFailed();
                throw e;
            }
        }
        if (before != null) {
            throw before;
        }
        return new Batch(w.outcomes, List.of());
    }

    /**
     * Waits for the background indexing of the last {@link #storeBulk} batch, if one is pending; when it failed,
     * clustering no longer trusts the event index (until reopened) and the failure is thrown.
     */
    private void awaitIndexing() {
        indexer.await(this::indexFailed);
    }

    /** The event index may lack committed events: clustering reads the events table instead, until reopened. */
    private void indexFailed() {
        indexComplete = false;
        committedDays.clear();
    }

    private Batch failed(PageResult r, Throwable e) {
        String reason = "cannot store " + r.page().origin() + ": " + e;
        try {
            Rows.log(conn, r.page().origin(), r.page().docId(), "error", reason);
            conn.commit();
        } catch (SQLException x) {
            rollbackQuietly();
        }
        return new Batch(List.of(IngestOutcome.FAILED), List.of(new Failure(r.page().origin(), r.page().docId(),
                reason)));
    }

    /** What a committed batch gives the search indexes. */
    private record Written(List<IngestOutcome> outcomes, java.util.Map<String, List<ArticleDoc>> articles,
                           List<EventDoc> events, Instant through, List<Event> added) {
    }

    private Written write(List<PreparedPage> prepared) throws SQLException {
        CrashPoints.at("batch-start");
        List<IngestOutcome> outcomes = new ArrayList<>();
        java.util.Map<String, List<ArticleDoc>> stored = new java.util.LinkedHashMap<>();
        List<EventDoc> storedEvents = new ArrayList<>();
        List<Event> added = new ArrayList<>();
        List<PageResult> storedPages = new ArrayList<>();
        Instant now = Instant.now();
        java.util.Set<String> docIds = new java.util.LinkedHashSet<>();
        prepared.forEach(r -> docIds.add(r.result().page().docId()));
        List<PreparedPage> storedPrepared = new ArrayList<>();
        // the set is exact for what is committed (commits are this thread's, each adding what it committed)
        java.util.Collection<String> ask = known.candidatesOrAll(docIds);
        java.util.Set<String> already = BatchRows.storedDocIds(conn, ask);
        java.util.Set<String> eventIds = new java.util.HashSet<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        try (BatchRows rows = new BatchRows(conn, now)) {
            for (PreparedPage page : prepared) {
                PageResult result = page.result();
                String origin = result.page().origin();
                String docId = result.page().docId();
                if (!seen.add(docId) || already.contains(docId)) {
                    rows.log(origin, docId, "duplicate", "the same page is already stored");
                    outcomes.add(IngestOutcome.DUPLICATE);
                    continue;
                }
                rows.page(result);
                storedPages.add(result);
                storedPrepared.add(page);
                String text = result.page().text();
                List<EventDoc> written = new ArrayList<>();
                List<Event> events = result.events();
                for (int i = 0; i < events.size(); i++) {
                    Event e = events.get(i);
                    if (eventIds.add(e.id())) {
                        String record = page.record(i);
                        rows.event(e, text, record);
                        written.add(IndexDocs.event(e, text, record));
                        added.add(e);
                    }
                }
                rows.log(origin, docId, "stored", result.events().size() + " events");
                outcomes.add(IngestOutcome.STORED);
                stored.put(docId, IndexDocs.articles(result, written));
                storedEvents.addAll(written);
            }
            CrashPoints.at("batch-appended");
            rows.flush();
        }
        clusters.added(added, indexComplete ? committedDays : null, storedPages, PreparedPage.prints(storedPrepared));
        CrashPoints.at("batch-clustered");
        conn.commit();
        CrashPoints.at("batch-committed");
        return new Written(outcomes, stored, storedEvents, stored.isEmpty() ? null : now, added);
    }

    /**
     * Indexes committed pages for search (their articles, and the events written), from the values written to
     * their rows; if this fails, the next {@link #open} indexes what is missing.
     */
    private void index(java.util.Map<String, List<ArticleDoc>> pages, List<EventDoc> events, Instant through) {
        // Added, not replaced: the batch's pages and events were not in the store before its commit, and the
        // indexes are only ever given committed ones (a catch-up after a crash replaces by key).
        index.addAll(pages);
        if (!pages.isEmpty()) {
            index.publish(through);
            CrashPoints.at("articles-published");
            events.parallelStream().forEach(eventIndex::add);
            eventIndex.publish(through);
        }
    }

    /** How many pages are stored. */
    @Override
    public long pageCount() {
        return count("pages");
    }

    /** When the last page was logged as stored, if any was (the ingest log's time). */
    @Override
    public java.util.Optional<Instant> lastStored() {
        return orFail("read the ingest log", () -> IndexSync.latestStored(readers));
    }

    /** The doc_ids of the pages logged as stored at or after {@code since}. */
    @Override
    public List<String> storedSince(Instant since) {
        return orFail("read the ingest log", () -> IndexSync.storedSince(readers, since));
    }

    /** The doc_ids of all stored pages. */
    public List<String> docIds() {
        return read("list the pages", PageReads::docIds);
    }

    /** A stored page's non-teaser articles as the search index takes them. */
    @Override
    public List<ArticleDoc> articleDocs(String docId) {
        return read("read the articles of " + docId, c -> PageReads.articleDocs(c, docId));
    }

    /**
     * Every stored page's non-teaser articles, page by page (a page without any comes with an empty list), read
     * in one streaming query: how the search index catches up with a large store.
     */
    @Override
    public void forEachPage(java.util.function.BiConsumer<String, List<ArticleDoc>> sink) {
        read("read the stored pages", c -> {
            PageReads.forEachPage(c, sink);
            return null;
        });
    }

    /** Full-text search over the stored articles; see {@link ArticleIndex#search}. */
    public SearchResult search(String text, int limit, int offset) {
        return index.search(text, limit, offset);
    }

    /** Records a page that could not be read, so the ingest log says what was skipped and why. */
    public synchronized void logProblem(Diagnostic d) {
        try {
            Rows.log(conn, d.origin(), null, "error", d.reason());
            conn.commit();
        } catch (SQLException e) {
            rollback();
            throw new StoreException("cannot write the ingest log: " + e.getMessage(), e);
        }
    }

    /** The events the query selects, newest day first, then by id. */
    public List<Event> events(EventQuery q) {
        if (q.text() == null && q.limit() > TWO_STEP_MAX) {
            List<Event> out = new ArrayList<>();
            forEach(q, out::add);
            return out;
        }
        if (indexed(q)) {
            return eventIndex.records(select(q)).stream().map(org.marsad.export.EventJsonReader::read).toList();
        }
        return read("query events", c -> EventReads.records(c, EventReads.ids(c, q)));
    }

    /**
     * The selected events' records as stored ({@code marsad.event/1} JSON), newest day first, then by id: what the
     * HTTP API sends, without parsing and writing each record again. At most {@value #TWO_STEP_MAX} records.
     */
    public List<String> eventJson(EventQuery q) {
        if (q.limit() > TWO_STEP_MAX) {
            throw new IllegalArgumentException("at most " + TWO_STEP_MAX + " records at a time");
        }
        if (indexed(q)) {
            return eventIndex.records(select(q));
        }
        return read("query events", c -> EventReads.json(c, EventReads.ids(c, q)));
    }

    /**
     * The selected events' records as {@link #eventJson} gives them, with how many events the query selects in all
     * (its {@link #count}): within the event index's window both come from one pass over the matches.
     */
    public EventIndex.Found eventPage(EventQuery q) {
        if (indexed(q)) {
            return eventIndex.find(select(q));
        }
        return new EventIndex.Found(count(q), eventJson(q));
    }

    /** The event index's selection for a query: a country as both its ISO-2 and ISO-3 codes (SY and SYR). */
    private static EventSelect select(EventQuery q) {
        List<String> countries = q.country() == null ? null
                : List.of(CountryCodes.both(q.country()).orElse(new String[] {q.country()}));
        return new EventSelect(q.type(), q.status(), countries, q.actor(), q.from(), q.to(), q.text(), q.limit(),
                q.offset());
    }

    /**
     * Whether the event index answers this query (ids and count): a text filter always is; any other page of
     * events within the index's window too, as it filters and sorts without reading the table. Beyond the
     * window, DuckDB streams the table.
     */
    private static boolean indexed(EventQuery q) {
        return q.text() != null || (long) q.offset() + q.limit() <= EventIndex.MAX_WINDOW;
    }

    /** Streams the selected events with the text of their sentences (null if not stored), newest day first. */
    public void forEachWithSentence(EventQuery q, java.util.function.BiConsumer<Event, String> sink) {
        read("query events", c -> {
            EventReads.streamWithSentence(c, q, sink);
            return null;
        });
    }

    /** Streams the selected events to {@code sink} without holding them all. */
    public void forEach(EventQuery q, Consumer<Event> sink) {
        if (q.text() != null) {
            int n = (int) Math.min(EventIndex.MAX_WINDOW - (long) q.offset(), Math.min(q.limit(), count(q)));
            events(new EventQuery(q.type(), q.status(), q.country(), q.actor(), q.from(), q.to(), q.text(),
                    Math.max(1, n), q.offset())).forEach(sink);
            return;
        }
        read("query events", c -> {
            EventReads.stream(c, q, sink);
            return null;
        });
    }

    /** One event's record ({@code marsad.event/1} JSON, as stored) by id, if stored. */
    public java.util.Optional<String> eventJson(String id) {
        return orFail("read event " + id, () -> readers.prepared(EventReads.ONE, s -> EventReads.one(s, id)));
    }

    /** One event by id, if stored. */
    public java.util.Optional<Event> event(String id) {
        return eventJson(id).map(EventJsonReader::read);
    }

    /** A stored page's text and metadata, if stored. */
    public java.util.Optional<StoredPage> page(String docId) {
        return orFail("read page " + docId, () -> readers.prepared(PageReads.PAGE, s -> PageReads.page(s, docId)));
    }

    /** How many selected events there are, without the limit (answered by the event index). */
    public long count(EventQuery q) {
        return eventIndex.count(select(q));
    }

    /** Counts of the selected events grouped by one dimension, largest first (by day: in day order). */
    public java.util.Map<String, Long> countBy(Dimension by, EventQuery q) {
        if (q.text() != null) {
            return eventIndex.countBy(EventIndex.Column.valueOf(by.name()), select(q));
        }
        return read("count events by " + by, c -> EventReads.countBy(c, by, q));
    }

    /** Rows in a table: {@code pages}, {@code articles}, {@code events} or {@code ingest_log}. */
    public long count(String table) {
        if (!List.of("pages", "articles", "events", "ingest_log").contains(table)) {
            throw new IllegalArgumentException("no table " + table);
        }
        return read("count " + table, c -> {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM " + table)) {
                r.next();
                return r.getLong(1);
            }
        });
    }

    /**
     * Writes the selected events to a Parquet file with the columns of {@link org.marsad.export.EventTable} (the
     * Spark job's events table has the same), through an in-memory DuckDB (no Hadoop, no lock on the store).
     */
    public void exportParquet(EventQuery q, Path file) {
        ParquetExport.write(this, q, file);
    }

    private void rollbackQuietly() {
        try {
            conn.rollback();
        } catch (SQLException e) {
            // the transaction is gone either way; the next statement says if the connection is
        }
    }

    private void rollback() {
        try {
            conn.rollback();
        } catch (SQLException e) {
            throw new StoreException("cannot roll back: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            awaitIndexing();
        } finally {
            indexer.shutdown();
            closeAll();
        }
    }

    private void closeAll() {
        try (ArticleIndex i = index; EventIndex x = eventIndex) {
            readers.close();
            conn.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close the store: " + e.getMessage(), e);
        }
    }
}
