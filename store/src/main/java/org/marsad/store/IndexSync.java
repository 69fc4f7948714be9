package org.marsad.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.marsad.store.search.EventIndex;

/**
 * How the event index is brought in step with the events table when a store opens. The index's durable commits
 * say up to when the ingest log's stored pages are in them; after a crash between a DuckDB commit and the next
 * durable index commit, only the pages logged since that mark (less a margin for a clock set back, {@link EventIndex#catchUpFrom}) are
 * indexed again, by event id, so nothing is doubled. When that does not give exactly the stored events (no mark,
 * an index of another layout, pages stored without a log line), the index is rebuilt from the table.
 */
final class IndexSync {
    private static final int CHUNK = 500;

    private IndexSync() {
    }

    /** What opening the store did to the event index. */
    enum Kind { IN_STEP, CAUGHT_UP, REBUILT }

    /** What was done, and for {@link Kind#CAUGHT_UP} how many pages were indexed again. */
    record Outcome(Kind kind, int pages) {
    }

    static Outcome sync(ReadPool readers, EventIndex index, long events) throws SQLException {
        if (index.current() && index.size() == events) {
            if (index.durableThrough().isEmpty()) {
                index.commit(latestStored(readers).orElse(null)); // an index of before the mark gets one
            }
            return new Outcome(Kind.IN_STEP, 0);
        }
        Instant latest = latestStored(readers).orElse(null);
        Optional<Instant> since = index.current() ? index.catchUpFrom() : Optional.empty();
        if (since.isPresent() && index.size() < events) {
            List<String> docs = storedSince(readers, since.get());
            for (int from = 0; from < docs.size(); from += CHUNK) {
                List<String> part = docs.subList(from, Math.min(docs.size(), from + CHUNK));
                readers.read(c -> {
                    EventIndexing.add(c, index, part);
                    return null;
                });
            }
            index.commit(latest);
            if (index.size() == events) {
                return new Outcome(Kind.CAUGHT_UP, docs.size());
            }
        }
        index.rebuild(ix -> {
            try {
                readers.read(c -> {
                    EventIndexing.addAll(c, ix);
                    return null;
                });
            } catch (SQLException e) {
                throw new StoreException("cannot read the events to index: " + e.getMessage(), e);
            }
        }, latest);
        return new Outcome(Kind.REBUILT, 0);
    }

    static Optional<Instant> latestStored(ReadPool readers) throws SQLException {
        return readers.read(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT max(logged_at) FROM ingest_log WHERE outcome = 'stored'");
                 ResultSet r = s.executeQuery()) {
                Timestamp t = r.next() ? r.getTimestamp(1) : null;
                return Optional.ofNullable(t).map(Timestamp::toInstant);
            }
        });
    }

    static List<String> storedSince(ReadPool readers, Instant since) throws SQLException {
        return readers.read(c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT DISTINCT doc_id FROM ingest_log WHERE outcome = 'stored' AND logged_at >= ?")) {
                s.setTimestamp(1, Timestamp.from(since));
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        out.add(r.getString(1));
                    }
                }
            }
            return out;
        });
    }
}
