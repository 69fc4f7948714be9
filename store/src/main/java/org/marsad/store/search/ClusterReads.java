package org.marsad.store.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * Clustering's look-ups in the {@link EventIndex}: the records of the committed events of one type and status on
 * some days, all of them or only those whose place can be a given one. Many and each a little different, so they
 * read in index order through a searcher without the query cache.
 */
public final class ClusterReads {
    private final EventIndex index;

    ClusterReads(EventIndex index) {
        this.index = index;
    }

    /** The records of every event of this type and status dated on this day, in index order. */
    public List<String> recordsOn(String type, String status, java.time.LocalDate day) {
        return inIndexOrder(onDays(type, status, day, day).build());
    }

    /**
     * The records of the events of this type and status dated from {@code from} to {@code to} that could be at the
     * same place as {@code near}, in index order (so that each day's are a sub-list of its {@link #recordsOn}):
     * every event whose place is within {@code km} of it or has its name or its text, and every event whose
     * coordinates are not a point ({@link PlaceFields#near}). When {@code near} itself is odd (coordinates but no
     * point, or no text), nothing can be ruled out: every event of those days.
     */
    public List<String> recordsNear(String type, String status, java.time.LocalDate from, java.time.LocalDate to,
                                    EventPlace near, double km) {
        BooleanQuery.Builder b = onDays(type, status, from, to);
        if (!near.odd() && near.text() != null) {
            b.add(PlaceFields.near(near, km), BooleanClause.Occur.FILTER);
        }
        return inIndexOrder(b.build());
    }

    private static BooleanQuery.Builder onDays(String type, String status, java.time.LocalDate from,
                                               java.time.LocalDate to) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        EventIndex.filter(b, "type", type);
        EventIndex.filter(b, "status", status);
        b.add(LongPoint.newRangeQuery(EventIndex.DAY, from.toEpochDay(), to.toEpochDay()),
                BooleanClause.Occur.FILTER);
        return b;
    }

    /**
     * The records of the matches in index order. Clustering's look-ups are many and each a little different (a place,
     * a few days): they are not cached (a searcher of their own without the query cache), so they neither pay for
     * caching their filters nor fill the cache the read requests share.
     */
    private List<String> inIndexOrder(Query query) {
        return index.withSearcher(s -> {
            InIndexOrder docs = new InIndexOrder();
            IndexSearcher uncached = new IndexSearcher(s.getIndexReader());
            uncached.setQueryCache(null);
            uncached.search(query, docs);
            int[] ids = docs.ids();
            List<String> out = new ArrayList<>(ids.length);
            org.apache.lucene.index.StoredFields stored = s.storedFields();
            for (int id : ids) {
                out.add(stored.document(id, EventIndex.RECORD_ONLY).get(EventIndex.RECORD));
            }
            return out;
        });
    }
}
