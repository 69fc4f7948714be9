package org.marsad.store.search;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.IndexWriter;

/**
 * An index's mark in its commit data: every page logged as stored up to this instant (the ingest log's
 * {@code logged_at}, in epoch microseconds) is in the commit. After a crash between a DuckDB commit and the index's
 * next durable commit, the store indexes again only the pages logged since the mark.
 */
final class IndexMark {
    private static final String KEY = "marsad.indexed-through";
    private final Map<String, String> fixed;
    /** The mark of the last durable commit before this open; null: none. */
    private final Instant durable;
    /** What the index holds now, written with the next commit; null: not known. */
    private Instant now;

    /** Reads the mark the writer's last commit holds; {@code fixed}: other commit data, written with every commit. */
    IndexMark(IndexWriter writer, Map<String, String> fixed) {
        this.fixed = Map.copyOf(fixed);
        this.durable = read(writer);
        this.now = durable;
    }

    private static Instant read(IndexWriter w) {
        Iterable<Map.Entry<String, String>> data = w.getLiveCommitData();
        if (data != null) {
            for (Map.Entry<String, String> e : data) {
                if (e.getKey().equals(KEY)) {
                    try {
                        long us = Long.parseLong(e.getValue());
                        return Instant.ofEpochSecond(Math.floorDiv(us, 1_000_000L), Math.floorMod(us, 1_000_000L) * 1000);
                    } catch (NumberFormatException x) {
                        return null;
                    }
                }
            }
        }
        return null;
    }

    Optional<Instant> durable() {
        return Optional.ofNullable(durable);
    }

    /** The index now holds the pages logged up to {@code t} (null: nothing new known); the mark never goes back. */
    synchronized void advance(Instant t) {
        if (t != null && (now == null || t.isAfter(now))) {
            now = t;
        }
    }

    /** The commit data to write now. */
    synchronized Map<String, String> commitData() {
        if (now == null) {
            return fixed;
        }
        Map<String, String> out = new LinkedHashMap<>(fixed);
        out.put(KEY, Long.toString(now.getEpochSecond() * 1_000_000L + now.getNano() / 1000));
        return out;
    }
}
