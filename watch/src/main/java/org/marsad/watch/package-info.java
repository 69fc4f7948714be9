/**
 * Keeps up with news feeds on its own. In: a file of RSS/Atom feed URLs and a store folder. Out: every new item
 * of every feed fetched, extracted ({@code core.segment.html}), coded ({@code core.pipeline}) and stored in the
 * {@link org.marsad.store.EventStore} once. Polling is polite: conditional GET with the feed's ETag and
 * Last-Modified, a per-host pause between requests, exponential backoff for a feed that fails, and an
 * identifying User-Agent. What has been seen is written to {@code DIR/watch/} as it happens, so a restart
 * resumes without fetching or ingesting an item twice.
 */
package org.marsad.watch;
