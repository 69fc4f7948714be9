package org.marsad.store.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/** Counts matching events by the value of one column's doc values (a day, a type, a country, ...). */
final class ColumnCounter extends SimpleCollector {
    private final EventIndex.Column by;
    private final Map<String, Long> counts = new HashMap<>();
    private SortedDocValues terms;
    private NumericDocValues days;

    ColumnCounter(EventIndex.Column by) {
        this.by = by;
    }

    private String field() {
        return switch (by) {
            case TYPE -> "type";
            case COUNTRY -> "cc";
            case ADMIN1 -> "admin1";
            case ACTOR -> "actor_code";
            case DAY -> "day";
        };
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
        if (by == EventIndex.Column.DAY) {
            days = DocValues.getNumeric(context.reader(), field());
        } else {
            terms = DocValues.getSorted(context.reader(), field());
        }
    }

    @Override
    public void collect(int doc) throws IOException {
        String key;
        if (by == EventIndex.Column.DAY) {
            key = days.advanceExact(doc) ? LocalDate.ofEpochDay(days.longValue()).toString() : null;
        } else {
            key = terms.advanceExact(doc) ? terms.lookupOrd(terms.ordValue()).utf8ToString() : null;
        }
        if (key != null) {
            counts.merge(key, 1L, Long::sum);
        }
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }

    Map<String, Long> counts() {
        return counts;
    }
}
