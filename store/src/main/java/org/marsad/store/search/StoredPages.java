package org.marsad.store.search;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/** What the article index reads back from the store that owns it to catch up ({@link ArticleIndex#catchUp}). */
public interface StoredPages {
    /** How many pages are stored. */
    long pageCount();

    /** When the last page was logged as stored, if any was. */
    Optional<Instant> lastStored();

    /** The doc_ids of the pages logged as stored at or after {@code since}. */
    List<String> storedSince(Instant since);

    /** A stored page's non-teaser articles. */
    List<ArticleDoc> articleDocs(String docId);

    /** Every stored page's non-teaser articles, page by page (a page without any comes with an empty list). */
    void forEachPage(BiConsumer<String, List<ArticleDoc>> sink);
}
