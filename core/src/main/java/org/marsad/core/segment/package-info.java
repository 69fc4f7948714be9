/**
 * Reading pages and splitting them into articles.
 * In: files (scraped text pages, ANT {@code <DOC>} files, JSON Lines; folders recursively).
 * Out: {@link org.marsad.core.segment.Page}s (extracted text + metadata), each split into
 * {@link org.marsad.core.segment.Article}s of typed {@link org.marsad.core.segment.Block}s; related-article
 * teasers are marked so that they yield no events. Unreadable input becomes a {@link org.marsad.core.segment.Diagnostic}.
 */
package org.marsad.core.segment;
