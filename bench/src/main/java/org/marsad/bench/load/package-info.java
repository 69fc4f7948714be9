/**
 * {@code marsad bench-load}: a bounded load run on 127.0.0.1. In: a store folder (filled with synthetic events
 * when empty), a number of concurrent clients and a duration. The server is started in this process over the
 * store; the clients mix filtered event queries, event details and article searches while one more client
 * ingests pages through {@code POST /api/pages}. Out: a {@link org.marsad.bench.load.LoadReport} (requests,
 * errors, latency percentiles, heap before and after). {@link org.marsad.bench.load.IngestCost} measures the
 * ingest client's pages alone (no server, one thread): CPU per page at a store's size, pipeline and store apart,
 * and the process's CPU by thread.
 */
package org.marsad.bench.load;
