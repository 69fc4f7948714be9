package org.marsad.store.search;

import java.util.List;

/**
 * One matching article: where it is (doc_id, article index), its headline, a plain-text snippet of the body with
 * the matched words as {@link Mark}s into the snippet, the Lucene score, the events coded in the article and the
 * page's publication day, outlet and url (null when unknown).
 */
public record SearchHit(String docId, int article, String headline, String snippet, List<Mark> marks, float score,
        int events, String published, String outlet, String url) {
    public SearchHit {
        marks = List.copyOf(marks);
    }
}
