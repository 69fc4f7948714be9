package org.marsad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.model.Event;
import org.marsad.export.EventJsonReader;

/**
 * Filtered event reads in two steps: the ids of one page of matches (only the narrow filter columns are scanned),
 * then their records by id (point look-ups in the primary-key index). Fetching the wide {@code record} column in
 * the filtering query would read it for every candidate row, which is many times slower at a million events.
 */
final class EventReads {
    /** Records fetched per look-up statement. */
    private static final int CHUNK = 250;

    private EventReads() {
    }

    /** Streams the selected events' records to {@code sink}, newest day first, then by id, in one query. */
    static void stream(Connection c, EventQuery q, java.util.function.Consumer<Event> sink) throws SQLException {
        page(c, q, "record", record -> sink.accept(EventJsonReader.read(record)));
    }

    /** Streams the selected events' records with their sentence text, in the order of {@link #stream}. */
    static void streamWithSentence(Connection c, EventQuery q, java.util.function.BiConsumer<Event, String> sink)
            throws SQLException {
        Filter f = Filter.of(q);
        String sql = "SELECT record, sentence_text FROM events" + f.where()
                + " ORDER BY day DESC NULLS LAST, id LIMIT ? OFFSET ?";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            int i = f.bind(s);
            s.setLong(i++, q.limit());
            s.setLong(i, q.offset());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    sink.accept(EventJsonReader.read(r.getString(1)), r.getString(2));
                }
            }
        }
    }

    /** One column of one page of the selected events, newest day first, then by id, each value to {@code sink}. */
    private static void page(Connection c, EventQuery q, String column, java.util.function.Consumer<String> sink)
            throws SQLException {
        Filter f = Filter.of(q);
        String sql = "SELECT " + column + " FROM events" + f.where()
                + " ORDER BY day DESC NULLS LAST, id LIMIT ? OFFSET ?";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            int i = f.bind(s);
            s.setLong(i++, q.limit());
            s.setLong(i, q.offset());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    sink.accept(r.getString(1));
                }
            }
        }
    }

    /** Counts of the selected events by {@code by}, largest first (by day: in day order); nulls left out. */
    static Map<String, Long> countBy(Connection c, Dimension by, EventQuery q) throws SQLException {
        Filter f = Filter.of(q);
        String sql = "SELECT " + by.column + " AS k, count(*) FROM events" + f.where()
                + (f.where().isEmpty() ? " WHERE " : " AND ") + by.column + " IS NOT NULL GROUP BY k ORDER BY "
                + (by == Dimension.DAY ? "k" : "2 DESC, k");
        Map<String, Long> out = new java.util.LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            f.bind(s);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.put(r.getString(1), r.getLong(2));
                }
            }
        }
        return out;
    }

    /** The ids of the selected events, newest day first, then by id. */
    static List<String> ids(Connection c, EventQuery q) throws SQLException {
        List<String> ids = new ArrayList<>();
        page(c, q, "id", ids::add);
        return ids;
    }

    /** The look-up of one record by id, the same statement every time (kept prepared by the read pool). */
    static final String ONE = "SELECT record FROM events WHERE id = ?";

    /** The record of the event with this id, if stored, by the statement {@link #ONE}. */
    static java.util.Optional<String> one(PreparedStatement s, String id) throws SQLException {
        s.setString(1, id);
        try (ResultSet r = s.executeQuery()) {
            return r.next() ? java.util.Optional.of(r.getString(1)) : java.util.Optional.empty();
        }
    }

    /** The events with these ids, in the order given (ids not stored are left out). */
    static List<Event> records(Connection c, List<String> ids) throws SQLException {
        List<Event> out = new ArrayList<>(ids.size());
        for (String record : json(c, ids)) {
            out.add(EventJsonReader.read(record));
        }
        return out;
    }

    /** The JSON records of the events with these ids, in the order given (ids not stored are left out). */
    static List<String> json(Connection c, List<String> ids) throws SQLException {
        Map<String, String> json = new HashMap<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<String> part = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            String sql = "SELECT id, record FROM events WHERE id IN (" + String.join(", ",
                    Collections.nCopies(part.size(), "?")) + ")";
            try (PreparedStatement s = c.prepareStatement(sql)) {
                for (int i = 0; i < part.size(); i++) {
                    s.setString(i + 1, part.get(i));
                }
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        json.put(r.getString(1), r.getString(2));
                    }
                }
            }
        }
        List<String> out = new ArrayList<>(ids.size());
        for (String id : ids) {
            String record = json.get(id);
            if (record != null) {
                out.add(record);
            }
        }
        return out;
    }
}
