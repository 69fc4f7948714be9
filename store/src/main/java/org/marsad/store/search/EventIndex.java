package org.marsad.store.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;

/**
 * The Lucene index of the stored events, in {@value #FOLDER} next to the DuckDB file: the events' sentences
 * (analysed like article search, so spelling and clitics do not matter) with their filter columns, so that a
 * query with a text filter is answered here (ids, counts, counts by a column) instead of by scanning every
 * sentence in DuckDB; and their places ({@link PlaceFields}), so that clustering reads only the stored events
 * that can be at a new event's place ({@link #recordsNear}). The store keeps it in step: events are added after each DuckDB commit, and the index is
 * rebuilt when its size differs from the events table's (a crash between the two commits, or a deleted folder).
 */
public final class EventIndex implements AutoCloseable {
    public static final String FOLDER = "lucene-events";
    /** The largest offset + limit of a text-filtered page of events. */
    public static final int MAX_WINDOW = 100_000;
    private static final String ID = "id";
    private static final String TEXT = "text";
    static final String DAY = "day";
    static final String RECORD = "record";
    static final java.util.Set<String> RECORD_ONLY = java.util.Set.of(RECORD);
    private static final Sort ORDER = order();
    /** Matches counted exactly before a sorted page may skip the rest (Lucene's default). */
    private static final int TOTAL_HITS_THRESHOLD = 1000;
    /** The layout of the documents; an index written with another one is rebuilt. */
    private static final String FORMAT_KEY = "marsad.event-index";
    private static final String FORMAT = "4";
    private final Analyzer analyzer = new ArabicSearchAnalyzer();
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final DurableEvery durable;
    private final IndexFailure failure;
    /** Why the index found on opening could not be read and was started afresh; null when it was read. */
    private String recreatedBecause;
    private final ClusterReads clusterReads;

    private EventIndex(Directory directory, IndexWriter writer, SearcherManager searchers, IndexFailure failure) {
        this.directory = directory;
        this.writer = writer;
        this.searchers = searchers;
        this.failure = failure;
        this.durable = new DurableEvery(writer, searchers, Map.of(FORMAT_KEY, FORMAT), "event index", failure);
        this.clusterReads = new ClusterReads(this);
    }

    /** Clustering's look-ups: the committed events of a type and status on some days, at or near a place. */
    public ClusterReads clusterReads() {
        return clusterReads;
    }

    /**
     * Up to when the ingest log's stored pages were in the index's last durable commit before this open, if known:
     * after a crash, the pages logged since are the ones whose events may be missing.
     */
    public java.util.Optional<java.time.Instant> durableThrough() {
        return durable.durableThrough();
    }

    /** Where a catch-up after a crash starts (the mark less a margin for a clock set back); empty without a mark. */
    public java.util.Optional<java.time.Instant> catchUpFrom() {
        return durable.catchUpFrom();
    }

    /** The columns events can be counted by here (the names of {@code org.marsad.store.Dimension}). */
    public enum Column { DAY, TYPE, COUNTRY, ADMIN1, ACTOR }

    private static Sort order() {
        SortField day = new SortField(DAY, SortField.Type.LONG, true);
        day.setMissingValue(Long.MIN_VALUE);
        return new Sort(day, new SortField(ID, SortField.Type.STRING));
    }

    /** Why the index on disk could not be read when opened, so that it was started afresh (empty); null if read. */
    public String recreatedBecause() {
        return recreatedBecause;
    }

    /** Opens (creating when missing) the index in {@code folder}; an index that cannot be read is started
     * afresh (empty; {@link #recreatedBecause} says why). Its failures are reported as {@code failure} makes them. */
    public static EventIndex open(Path folder, IndexFailure failure) {
        try {
            Directory dir = DurableEvery.directory(folder);
            String[] unreadable = new String[1];
            IndexWriter w = DurableEvery.openOrRecreate(dir,
                    () -> new IndexWriterConfig(new ArabicSearchAnalyzer()).setRAMBufferSizeMB(64), unreadable);
            if (w.getDocStats().numDocs == 0) {
                w.setLiveCommitData(Map.of(FORMAT_KEY, FORMAT).entrySet());
            }
            w.commit();
            EventIndex index = new EventIndex(dir, w, new SearcherManager(w, null), failure);
            index.recreatedBecause = unreadable[0];
            return index;
        } catch (IOException e) {
            throw failure.failed("cannot open the event index in " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Whether the index was written in the current layout (when not, the store rebuilds it). */
    public boolean current() {
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data != null) {
            for (Map.Entry<String, String> e : data) {
                if (e.getKey().equals(FORMAT_KEY)) {
                    return e.getValue().equals(FORMAT);
                }
            }
        }
        return false;
    }

    /** Events indexed (committed or not). */
    public long size() {
        return writer.getDocStats().numDocs;
    }

    /** Adds (or replaces, by id) one event; visible at {@link #commit}. */
    public void put(EventDoc e) {
        try {
            writer.updateDocument(new Term(ID, e.id()), document(e));
        } catch (IOException x) {
            throw failure.failed("cannot index event " + e.id() + ": " + x.getMessage(), x);
        }
    }

    /**
     * Adds an event this index cannot hold yet (one just committed to the store for the first time), without looking
     * for an older document of its id; visible at {@link #commit}.
     */
    public void add(EventDoc e) {
        try {
            writer.addDocument(document(e));
        } catch (IOException x) {
            throw failure.failed("cannot index event " + e.id() + ": " + x.getMessage(), x);
        }
    }

    /**
     * Empties the index, then {@code fill} puts every event back; committed at the end, as holding the pages
     * logged up to {@code through} (null: not known).
     */
    public synchronized void rebuild(Consumer<EventIndex> fill, java.time.Instant through) {
        try {
            writer.deleteAll();
            fill.accept(this);
            commit(through);
        } catch (IOException e) {
            throw failure.failed("cannot rebuild the event index: " + e.getMessage(), e);
        }
    }

    private static Document document(EventDoc e) {
        Document d = new Document();
        d.add(new StringField(ID, e.id(), Field.Store.NO));
        d.add(new SortedDocValuesField(ID, new BytesRef(e.id())));
        d.add(new org.apache.lucene.document.StoredField(RECORD, e.record()));
        if (e.sentence() != null) {
            d.add(new TextField(TEXT, e.sentence(), Field.Store.NO));
        }
        if (e.day() != null) {
            d.add(new LongPoint(DAY, e.day().toEpochDay()));
            d.add(new NumericDocValuesField(DAY, e.day().toEpochDay()));
        }
        keyword(d, "type", e.type(), true);
        keyword(d, "status", e.status(), false);
        keyword(d, "cc", e.countryCode(), true);
        keyword(d, "admin1", e.admin1(), true);
        keyword(d, "actor_code", e.actorCode(), true);
        for (String c : new String[] {e.actorCountry(), e.recipientCountry(), e.countryCode()}) {
            keyword(d, "country", c, false);
        }
        keyword(d, "actor", e.actorCode(), false);
        keyword(d, "actor", e.recipientCode(), false);
        if (e.place() != null) {
            PlaceFields.add(d, e.place());
        }
        return d;
    }

    private static void keyword(Document d, String field, String value, boolean docValues) {
        if (value != null) {
            d.add(new StringField(field, value, Field.Store.NO));
            if (docValues) {
                d.add(new SortedDocValuesField(field, new BytesRef(value)));
            }
        }
    }

    /**
     * Makes the changes visible to searches at once and durable every few seconds ({@link DurableEvery}); the
     * index now holds the events of every page logged as stored up to {@code through}.
     */
    public void publish(java.time.Instant through) {
        durable.publish(through);
    }

    /** Makes the added events durable and visible, as holding the pages logged up to {@code through}. */
    public void commit(java.time.Instant through) {
        durable.commit(through);
    }

    /** The Lucene query of an event query: its text as words of the sentence, its other parts as filters. */
    Query query(EventSelect q) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(q.text() == null ? new MatchAllDocsQuery() : QueryText.words(q.text(), analyzer, TEXT),
                BooleanClause.Occur.MUST);
        filter(b, "type", q.type());
        filter(b, "status", q.status());
        if (q.countries() != null) { // SY and SYR mean the same country: places carry ISO-2, actors ISO-3
            List<String> codes = q.countries();
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (String code : codes) {
                any.add(new TermQuery(new Term("country", code)), BooleanClause.Occur.SHOULD);
            }
            b.add(any.build(), BooleanClause.Occur.FILTER);
        }
        if (q.actor() != null) {
            b.add(new PrefixQuery(new Term("actor", q.actor())), BooleanClause.Occur.FILTER);
        }
        if (q.from() != null || q.to() != null) {
            long from = q.from() == null ? Long.MIN_VALUE : q.from().toEpochDay();
            long to = q.to() == null ? Long.MAX_VALUE : q.to().toEpochDay();
            b.add(LongPoint.newRangeQuery(DAY, from, to), BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    static void filter(BooleanQuery.Builder b, String field, String value) {
        if (value != null) {
            b.add(new TermQuery(new Term(field, value)), BooleanClause.Occur.FILTER);
        }
    }

    interface Search<T> {
        T apply(IndexSearcher s) throws IOException;
    }

    <T> T withSearcher(Search<T> work) {
        try {
            IndexSearcher s = searchers.acquire();
            try {
                return work.apply(s);
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw failure.failed("cannot search the event index: " + e.getMessage(), e);
        }
    }

    /** The ids of the selected events, newest day first (undated last), then by id. */
    public List<String> ids(EventSelect q) {
        return page(q, false);
    }

    /** The JSON records of the selected events, newest day first (undated last), then by id. */
    public List<String> records(EventSelect q) {
        return page(q, true);
    }

    private List<String> page(EventSelect q, boolean records) {
        return withSearcher(s -> collect(s, q, records, false).items());
    }

    /**
     * The selected events' JSON records (one page, as {@link #records}) with how many there are in all, found in
     * one pass over the matches instead of two (a count, then the sorted page).
     */
    public Found find(EventSelect q) {
        return withSearcher(s -> collect(s, q, true, true));
    }

    /** A page of ids or records, and the count of all matches ({@code -1} when not asked for). */
    public record Found(long total, List<String> items) {
        public Found {
            items = List.copyOf(items);
        }
    }

    private Found collect(IndexSearcher s, EventSelect q, boolean records, boolean total) throws IOException {
        long window = (long) q.offset() + q.limit();
        if (window > MAX_WINDOW) {
            throw new IllegalArgumentException("with a text filter, offset + limit may be at most " + MAX_WINDOW);
        }
        Query query = query(q);
        long quick = total ? quickCount(s, query) : -1;
        boolean onePass = total && quick < 0;
        TopFieldDocs top = s.search(query, new TopFieldCollectorManager(ORDER, (int) Math.max(1, window), null,
                onePass ? Integer.MAX_VALUE : TOTAL_HITS_THRESHOLD));
        List<String> out = new ArrayList<>();
        org.apache.lucene.index.StoredFields stored = s.storedFields();
        for (int i = q.offset(); i < top.scoreDocs.length; i++) {
            ScoreDoc d = top.scoreDocs[i];
            out.add(records ? stored.document(d.doc, RECORD_ONLY).get(RECORD)
                    : ((BytesRef) ((FieldDoc) d).fields[1]).utf8ToString());
        }
        return new Found(onePass ? top.totalHits.value : quick, out);
    }

    /**
     * The number of matches when the index knows it without visiting them (a term without deletions, all
     * documents, ...), else -1: then counting while collecting the page is cheaper than counting first.
     */
    private static long quickCount(IndexSearcher s, Query query) throws IOException {
        Weight w = s.createWeight(s.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1);
        long n = 0;
        for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
            int c = w.count(leaf);
            if (c < 0) {
                return -1;
            }
            n += c;
        }
        return n;
    }

    /** How many events the query selects. */
    public long count(EventSelect q) {
        Query query = query(q);
        return withSearcher(s -> (long) s.count(query));
    }

    /** Counts of the selected events by a column, largest first (by day: in day order); events without it left out. */
    public Map<String, Long> countBy(Column by, EventSelect q) {
        Query query = query(q);
        Map<String, Long> counts = withSearcher(s -> {
            ColumnCounter c = new ColumnCounter(by);
            s.search(query, c);
            return c.counts();
        });
        List<Map.Entry<String, Long>> entries = new ArrayList<>(counts.entrySet());
        entries.sort(by == Column.DAY ? Map.Entry.comparingByKey()
                : Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        Map<String, Long> out = new LinkedHashMap<>();
        entries.forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    @Override
    public synchronized void close() {
        try {
            durable.commit();
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw failure.failed("cannot close the event index: " + e.getMessage(), e);
        }
    }
}
