/**
 * Full-text search over the stored articles. In: {@link org.marsad.store.search.ArticleDoc}s read back from the
 * store after its DuckDB commit. Out: {@link org.marsad.store.search.SearchResult}s (hits with a plain-text
 * snippet and the matched offsets inside it). The Lucene index lives in the {@value
 * org.marsad.store.search.ArticleIndex#FOLDER} folder next to the DuckDB file, one document per non-teaser
 * article plus one marker per page; it is rebuilt from DuckDB for the pages it lacks whenever it is opened.
 * Index and query text go through the same {@link org.marsad.store.search.ArabicSearchAnalyzer}, so spelling
 * variants of the hamza, the article and the one-letter prefixes (إدلب, ادلب, بإدلب, وإدلب) find each other.
 * The events are indexed too ({@link org.marsad.store.search.EventIndex}, in {@value
 * org.marsad.store.search.EventIndex#FOLDER}): in, {@link org.marsad.store.search.EventDoc}s (filter columns,
 * sentence text, the JSON record, the place as an {@link org.marsad.store.search.EventPlace}); out, pages of
 * records, counts and counts by a column for an event query, so that lists and text filters at a million events
 * never scan the table, and the records of the events of a few days that can be at a given place (clustering's
 * candidates).
 */
package org.marsad.store.search;
