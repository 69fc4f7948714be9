/**
 * {@code marsad bench-load}: a bounded load run on 127.0.0.1. In: a store folder (filled with synthetic events
 * when empty), a number of concurrent clients and a duration. The server is started in this process over the
 * store; the clients mix filtered event queries, event details and article searches while one more client
 * ingests pages through {@code POST /api/pages}. Out: a {@link org.marsad.bench.load.LoadReport} (requests,
 * errors, latency percentiles, heap before and after).
 */
package org.marsad.bench.load;
