package org.marsad.store.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;

/**
 * The Lucene index of the stored articles, in {@value #FOLDER} next to the DuckDB file. Each page is one block
 * of documents (a page marker and its non-teaser articles) keyed by doc_id: {@link #replace} swaps the whole
 * block, so indexing a page twice neither duplicates nor loses it. Writes become visible (and durable) at
 * {@link #commit}. One writer per folder: the index is opened by the store that owns it, which says how a failure is
 * reported ({@link IndexFailure}) and gives the stored pages to catch up from ({@link StoredPages}).
 */
public final class ArticleIndex implements AutoCloseable {
    public static final String FOLDER = "lucene";
    static final String DOC_ID = "doc_id";
    static final String KIND = "kind";
    static final String HEADLINE = "headline";
    static final String BODY = "body";
    private static final int MAX_QUERY_CHARS = 1000;
    private static final int MAX_WINDOW = 10_000;
    private final Analyzer analyzer = new ArabicSearchAnalyzer();
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final DurableEvery durable;
    private final IndexFailure failure;
    /** Why the index found on opening could not be read and was started afresh; null when it was read. */
    private String recreatedBecause;

    private ArticleIndex(Directory directory, IndexWriter writer, SearcherManager searchers, IndexFailure failure) {
        this.directory = directory;
        this.writer = writer;
        this.searchers = searchers;
        this.failure = failure;
        this.durable = new DurableEvery(writer, searchers, Map.of(), "search index", failure);
    }

    /** Why the index on disk could not be read when opened, so that it was started afresh (empty); null if read. */
    public String recreatedBecause() {
        return recreatedBecause;
    }

    /** Opens (creating when missing) the index in {@code folder}; an index that cannot be read is started afresh
     * (empty; {@link #recreatedBecause} says why). Its failures are reported as {@code failure} makes them. */
    public static ArticleIndex open(Path folder, IndexFailure failure) {
        try {
            Directory dir = DurableEvery.directory(folder);
            String[] unreadable = new String[1];
            IndexWriter w = DurableEvery.openOrRecreate(dir, () -> new IndexWriterConfig(new ArabicSearchAnalyzer()),
                    unreadable);
            w.commit();
            ArticleIndex index = new ArticleIndex(dir, w, new SearcherManager(w, null), failure);
            index.recreatedBecause = unreadable[0];
            return index;
        } catch (IOException e) {
            throw failure.failed("cannot open the search index in " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Replaces the documents of page {@code docId} by these articles (not yet committed). */
    public synchronized void replace(String docId, List<ArticleDoc> articles) {
        List<Document> docs = new ArrayList<>();
        docs.add(marker(docId));
        for (ArticleDoc a : articles) {
            if (!a.docId().equals(docId)) {
                throw new IllegalArgumentException("article of " + a.docId() + " given for " + docId);
            }
            docs.add(document(a));
        }
        try {
            writer.updateDocuments(new Term(DOC_ID, docId), docs);
        } catch (IOException e) {
            throw failure.failed("cannot index " + docId + ": " + e.getMessage(), e);
        }
    }

    /**
     * As {@link #replace} for each page of a batch, the pages indexed side by side on the common pool (the index
     * writer takes documents from several threads at once): the analysis of a batch's bodies runs on every core.
     */
    public void replaceAll(java.util.Map<String, List<ArticleDoc>> pages) {
        indexAll(pages, true);
    }

    /**
     * As {@link #replaceAll}, for pages this index cannot hold yet (pages just committed to the store for the first
     * time: the index is only ever given committed pages). Added without looking for an older block to delete,
     * which spares every flush a look-up of each doc_id in every segment.
     */
    public void addAll(java.util.Map<String, List<ArticleDoc>> pages) {
        indexAll(pages, false);
    }

    private void indexAll(java.util.Map<String, List<ArticleDoc>> pages, boolean replace) {
        pages.entrySet().parallelStream().forEach(e -> {
            List<Document> docs = new ArrayList<>();
            docs.add(marker(e.getKey()));
            for (ArticleDoc a : e.getValue()) {
                if (!a.docId().equals(e.getKey())) {
                    throw new IllegalArgumentException("article of " + a.docId() + " given for " + e.getKey());
                }
                docs.add(document(a));
            }
            try {
                if (replace) {
                    writer.updateDocuments(new Term(DOC_ID, e.getKey()), docs);
                } else {
                    writer.addDocuments(docs);
                }
            } catch (IOException x) {
                throw failure.failed("cannot index " + e.getKey() + ": " + x.getMessage(), x);
            }
        });
    }

    /**
     * The page's marker document. It carries the headline and body fields empty (no terms: it never matches, and
     * the fields' document counts and lengths, hence every article's score, are unchanged) so that every document
     * of a segment has a norm for both: the norms are then written dense, where with the markers left out they were
     * sparse, and flushing a segment's postings looked each posting's norm up by a scan of the sparse block (a
     * seventh of the storing thread's samples in a bulk ingest, docs/scale.md).
     */
    private static Document marker(String docId) {
        Document marker = new Document();
        marker.add(new StringField(DOC_ID, docId, Field.Store.YES));
        marker.add(new StringField(KIND, "page", Field.Store.NO));
        marker.add(new TextField(HEADLINE, "", Field.Store.NO));
        marker.add(new TextField(BODY, "", Field.Store.NO));
        return marker;
    }

    private static Document document(ArticleDoc a) {
        Document d = new Document();
        d.add(new StringField(DOC_ID, a.docId(), Field.Store.YES));
        d.add(new StringField(KIND, "article", Field.Store.NO));
        d.add(new StoredField("article", a.article()));
        d.add(new TextField(HEADLINE, a.headline(), Field.Store.YES));
        d.add(new TextField(BODY, a.body(), Field.Store.YES));
        d.add(new StoredField("events", a.events()));
        storeIfKnown(d, "published", a.published());
        storeIfKnown(d, "outlet", a.outlet());
        storeIfKnown(d, "url", a.url());
        return d;
    }

    private static void storeIfKnown(Document d, String field, String value) {
        if (value != null) {
            d.add(new StoredField(field, value));
        }
    }

    /** Makes the changes visible to searches at once and durable every few seconds ({@link DurableEvery}). */
    public void publish() {
        durable.publish();
    }

    /** As {@link #publish()}, the index now holding every page logged as stored up to {@code through}. */
    public void publish(java.time.Instant through) {
        durable.publish(through);
    }

    /** Makes the replaced pages durable and visible to searches. */
    public void commit() {
        durable.commit();
    }

    /** How many pages are indexed (committed or not). */
    long pageCount() {
        try {
            searchers.maybeRefreshBlocking();
            IndexSearcher s = searchers.acquire();
            try {
                return s.count(new TermQuery(new Term(KIND, "page")));
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw failure.failed("cannot read the search index: " + e.getMessage(), e);
        }
    }

    /** The doc_ids of the indexed pages (committed or not). */
    public Set<String> pages() {
        Set<String> out = new HashSet<>();
        try {
            searchers.maybeRefreshBlocking();
            IndexSearcher s = searchers.acquire();
            try {
                Query q = new TermQuery(new Term(KIND, "page"));
                TopDocs top = s.search(q, Math.max(1, s.getIndexReader().maxDoc()));
                StoredFields fields = s.storedFields();
                for (ScoreDoc sd : top.scoreDocs) {
                    out.add(fields.document(sd.doc).get(DOC_ID));
                }
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw failure.failed("cannot read the search index: " + e.getMessage(), e);
        }
        return out;
    }

    /**
     * Indexes the stored pages this index lacks (all of them when the folder was deleted; the last batch when a
     * crash fell between the DuckDB and the Lucene commit), then commits. When the index's commit has a mark
     * ({@link IndexMark}) only the pages logged since are read again (replaced by doc_id, so never doubled); when
     * that does not give every stored page, all pages are read. Returns how many pages it indexed.
     */
    public int catchUp(StoredPages store) {
        long pages = store.pageCount();
        java.time.Instant latest = store.lastStored().orElse(null);
        if (pageCount() == pages) {
            if (durable.durableThrough().isEmpty() && latest != null) {
                durable.commit(latest); // an index of before the mark gets one
            }
            return 0;
        }
        java.util.Optional<java.time.Instant> from = durable.catchUpFrom();
        if (from.isPresent() && pageCount() < pages) {
            List<String> since = store.storedSince(from.get());
            for (String docId : since) {
                replace(docId, store.articleDocs(docId));
            }
            durable.commit(latest);
            if (pageCount() == pages) {
                return since.size();
            }
        }
        Set<String> have = pages();
        int[] added = {0};
        store.forEachPage((docId, articles) -> {
            if (!have.contains(docId)) {
                replace(docId, articles);
                added[0]++;
            }
        });
        durable.commit(latest);
        return added[0];
    }

    /**
     * The articles matching {@code text}, best first: every word must occur in the headline or the body (a
     * headline match weighs double); "double quotes" make a phrase. The text is never read as Lucene syntax.
     */
    public SearchResult search(String text, int limit, int offset) {
        if (text == null || text.isBlank() || text.length() > MAX_QUERY_CHARS) {
            throw new IllegalArgumentException("the query must have 1 to " + MAX_QUERY_CHARS + " characters");
        }
        if (limit < 1 || offset < 0 || offset + limit > MAX_WINDOW) {
            throw new IllegalArgumentException("limit must be at least 1 and offset + limit at most " + MAX_WINDOW);
        }
        Query q = QueryText.parse(text, analyzer);
        try {
            IndexSearcher s = searchers.acquire();
            try {
                return hits(s, q, limit, offset);
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw failure.failed("cannot search the index: " + e.getMessage(), e);
        }
    }

    private SearchResult hits(IndexSearcher s, Query q, int limit, int offset) throws IOException {
        int total = s.count(q);
        TopDocs top = s.search(q, offset + limit);
        StoredFields fields = s.storedFields();
        List<SearchHit> hits = new ArrayList<>();
        var highlighter = Snippets.highlighter(analyzer);
        for (int i = offset; i < top.scoreDocs.length; i++) {
            Document d = fields.document(top.scoreDocs[i].doc);
            Snippets.Snippet snip = Snippets.best(highlighter, q, d.get(BODY));
            hits.add(new SearchHit(d.get(DOC_ID), d.getField("article").numericValue().intValue(), d.get(HEADLINE),
                    snip.text(), snip.marks(), top.scoreDocs[i].score, d.getField("events").numericValue().intValue(),
                    d.get("published"), d.get("outlet"), d.get("url")));
        }
        return new SearchResult(total, hits);
    }

    @Override
    public synchronized void close() {
        try {
            durable.commit();
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw failure.failed("cannot close the search index: " + e.getMessage(), e);
        }
    }
}
