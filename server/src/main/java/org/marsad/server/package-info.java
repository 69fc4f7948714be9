/**
 * {@code marsad serve}: the HTTP API (JSON; documented in {@code /openapi.json}) over the store, and the web map
 * served from the jar. Binds 127.0.0.1 unless told otherwise; request sizes limited; parameters validated (a bad
 * one is a 400 with a message); SQL is parameterised in the store; the page shows stored text only as text.
 */
package org.marsad.server;
