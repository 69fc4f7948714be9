package org.marsad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import org.marsad.export.EventJsonReader;
import org.marsad.store.search.EventDoc;
import org.marsad.store.search.EventPlace;
import org.marsad.store.search.EventIndex;

/**
 * Reads stored events' index columns back from DuckDB into the {@link EventIndex}, with each event's place as its
 * record gives it (what clustering's look-ups by place need).
 */
final class EventIndexing {
    private static final String COLUMNS = "SELECT id, day, type, status, actor_code, actor_country, recipient_code, "
            + "recipient_country, country_code, admin1, sentence_text, record FROM events";

    private EventIndexing() {
    }

    /** Indexes the events of these pages (not committed). */
    static void add(Connection c, EventIndex index, List<String> docIds) throws SQLException {
        read(c, docIds, index::put);
    }

    /** The index's documents of the stored events of these pages, as read back from the events table. */
    static void read(Connection c, List<String> docIds, Consumer<EventDoc> sink) throws SQLException {
        if (docIds.isEmpty()) {
            return;
        }
        String sql = COLUMNS + " WHERE doc_id IN (" + String.join(", ", Collections.nCopies(docIds.size(), "?")) + ")";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < docIds.size(); i++) {
                s.setString(i + 1, docIds.get(i));
            }
            read(s, sink);
        }
    }

    /** Indexes every stored event (not committed). */
    static void addAll(Connection c, EventIndex index) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(COLUMNS)) {
            read(s, index::put);
        }
    }

    private static void read(PreparedStatement s, Consumer<EventDoc> sink) throws SQLException {
        try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
                LocalDate day = r.getObject(2, LocalDate.class);
                String record = r.getString(12);
                sink.accept(new EventDoc(r.getString(1), day, r.getString(3), r.getString(4), r.getString(5),
                        r.getString(6), r.getString(7), r.getString(8), r.getString(9), r.getString(10),
                        r.getString(11), record, place(record)));
            }
        }
    }

    /**
     * The place of a stored record as clustering reads it (from the record, not the table's columns); null when it
     * has none or the record cannot be read (clustering never links such an event).
     */
    static EventPlace place(String record) {
        if (record == null) {
            return null;
        }
        try {
            return ClusterCandidates.place(EventJsonReader.read(record));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
