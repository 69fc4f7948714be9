package org.marsad.store.search;

import java.util.List;

/** The hits of one page of results and how many articles match in all. */
public record SearchResult(long total, List<SearchHit> hits) {
    public SearchResult {
        hits = List.copyOf(hits);
    }
}
