/**
 * The embedded store. In: {@link org.marsad.core.pipeline.PageResult}s. Out: pages, articles, events and an
 * ingest log in one DuckDB file, queried with parameterised SQL only. A page is stored whole in one transaction
 * or not at all, and is identified by its {@code doc_id}, so re-ingesting (also after a crash) adds nothing twice.
 */
package org.marsad.store;
