package org.marsad.store.search;

import java.util.Arrays;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/** Collects the matching documents' ids, in one pass (no count first, no scores), to be read in index order. */
final class InIndexOrder extends SimpleCollector {
    private int[] docs = new int[16];
    private int size;
    private int base;

    @Override
    protected void doSetNextReader(LeafReaderContext context) {
        base = context.docBase;
    }

    @Override
    public void collect(int doc) {
        if (size == docs.length) {
            docs = Arrays.copyOf(docs, size * 2);
        }
        docs[size++] = base + doc;
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }

    /** The matches' ids in index order. */
    int[] ids() {
        int[] out = Arrays.copyOf(docs, size);
        Arrays.sort(out);
        return out;
    }
}
