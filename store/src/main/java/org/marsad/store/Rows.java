package org.marsad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.marsad.core.pipeline.PageResult;
import org.marsad.core.segment.Article;
import org.marsad.core.segment.Page;
import org.marsad.model.Event;
import org.marsad.export.EventJson;
import org.marsad.model.Location;
import org.marsad.model.Mode;
import org.marsad.store.search.EventDoc;

/** The INSERTs of one page's rows, all parameterised. */
final class Rows {
    private Rows() {
    }

    /** Whether a page with this doc_id is stored. */
    static boolean contains(Connection c, String docId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM pages WHERE doc_id = ?")) {
            s.setString(1, docId);
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        }
    }

    /** Writes a line of the ingest log; returns its time. */
    static Instant log(Connection c, String origin, String docId, String outcome, String reason)
            throws SQLException {
        Instant now = Instant.now();
        try (PreparedStatement s = c.prepareStatement("INSERT INTO ingest_log VALUES (?, ?, ?, ?, ?)")) {
            s.setTimestamp(1, Timestamp.from(now));
            s.setString(2, origin);
            s.setString(3, docId);
            s.setString(4, outcome);
            s.setString(5, reason);
            s.executeUpdate();
        }
        return now;
    }

    static void insertPage(Connection c, PageResult r) throws SQLException {
        Page p = r.page();
        try (PreparedStatement s = c.prepareStatement("INSERT INTO pages VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, p.docId());
            s.setString(2, p.origin());
            s.setString(3, p.format() == null ? null : p.format().name());
            s.setString(4, p.meta().url());
            s.setString(5, p.meta().outlet());
            s.setObject(6, p.meta().published());
            s.setString(7, p.meta().title());
            s.setString(8, p.text());
            s.setTimestamp(9, Timestamp.from(Instant.now()));
            s.executeUpdate();
        }
    }

    static void insertArticles(Connection c, PageResult r) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?)")) {
            for (Article a : r.articles()) {
                s.setString(1, r.page().docId());
                s.setInt(2, a.index());
                s.setString(3, a.headline());
                s.setBoolean(4, a.teaser());
                s.setObject(5, a.blocks().isEmpty() ? null : a.blocks().get(0).span().start());
                s.setObject(6, a.blocks().isEmpty() ? null : a.blocks().get(a.blocks().size() - 1).span().end());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /**
     * Inserts the page's events (one whose id is already stored is left out, as is a repeat in the page) and returns
     * the event index's documents of those written, in the page's order. The stored ids are looked up one by one
     * (a point look-up in the key's index) before a plain insert: {@code INSERT OR IGNORE} cost several times more
     * at a million events.
     */
    static List<EventDoc> insertEvents(Connection c, PageResult r) throws SQLException {
        String text = r.page().text();
        List<EventDoc> written = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        try (PreparedStatement known = c.prepareStatement("SELECT 1 FROM events WHERE id = ?");
             PreparedStatement s = c.prepareStatement("INSERT INTO events VALUES "
                + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Event e : r.events()) {
                if (!seen.add(e.id()) || stored(known, e.id())) {
                    continue;
                }
                String record = EventJson.toJson(e);
                bindEvent(s, e, text, record);
                s.addBatch();
                written.add(IndexDocs.event(e, text, record));
            }
            if (!written.isEmpty()) {
                s.executeBatch();
            }
        }
        return written;
    }

    private static boolean stored(PreparedStatement known, String id) throws SQLException {
        known.setString(1, id);
        try (ResultSet r = known.executeQuery()) {
            return r.next();
        }
    }

    /** The event's {@code day} column: its date when written as a whole day (yyyy-mm-dd), else null. */
    static java.time.LocalDate day(Event e) {
        String v = e.date().value();
        return v != null && v.length() == 10 ? java.time.LocalDate.parse(v) : null;
    }

    private static void bindEvent(PreparedStatement s, Event e, String text, String record) throws SQLException {
        Location l = e.location();
        java.time.LocalDate day = day(e);
        int i = 1;
        s.setString(i++, e.id());
        s.setString(i++, e.docId());
        s.setInt(i++, e.article());
        s.setString(i++, e.type().name());
        s.setString(i++, Mode.json(e.mode()));
        s.setString(i++, e.status().json());
        s.setString(i++, e.cameo());
        s.setObject(i++, e.quadClass());
        s.setString(i++, IndexDocs.code(e.actor()));
        s.setString(i++, e.actor() == null ? null : e.actor().country());
        s.setString(i++, IndexDocs.code(e.recipient()));
        s.setString(i++, e.recipient() == null ? null : e.recipient().country());
        s.setString(i++, e.date().value());
        s.setObject(i++, day);
        s.setString(i++, e.date().precision().json());
        s.setString(i++, l == null ? null : l.name() != null ? l.name() : l.text());
        s.setObject(i++, l == null ? null : l.lat());
        s.setObject(i++, l == null ? null : l.lon());
        s.setString(i++, l == null ? null : l.countryCode());
        s.setString(i++, l == null ? null : l.admin1());
        s.setObject(i++, e.size().dead());
        s.setObject(i++, e.size().injured());
        s.setObject(i++, e.size().arrested());
        s.setObject(i++, e.size().displaced());
        s.setString(i++, e.trigger().text());
        s.setString(i++, IndexDocs.sentence(e, text));
        s.setString(i++, e.rule());
        s.setDouble(i++, e.confidence());
        s.setString(i, record);
    }
}
