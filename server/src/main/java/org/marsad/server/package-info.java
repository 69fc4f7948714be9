/**
 * {@code marsad serve}: the HTTP API (JSON; documented in {@code /openapi.json}) over the store, and the web map
 * served from the jar. Binds 127.0.0.1 unless told otherwise; request sizes limited; parameters validated (a bad
 * one is a 400 with a message); SQL is parameterised in the store; the page shows stored text only as text.
 * Requests are admitted in lanes ({@link org.marsad.server.Admission}): a few reads at once in arrival order, posted
 * pages one at a time on one ingest thread; a request that waits too long for its lane is a 503 with Retry-After.
 */
package org.marsad.server;
