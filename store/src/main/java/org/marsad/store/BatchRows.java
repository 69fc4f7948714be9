package org.marsad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.marsad.core.pipeline.PageResult;
import org.marsad.core.segment.Article;
import org.marsad.core.segment.Page;
import org.marsad.model.Event;
import org.marsad.model.Location;
import org.marsad.model.Mode;

/**
 * A batch of pages written with DuckDB's appenders: one appender per table, flushed once, inside the caller's
 * transaction (a flush that fails aborts it: the caller rolls back). The rows are those {@link Rows} writes one
 * statement at a time; the pages and events must not be stored yet ({@link #storedDocIds} tells which are).
 */
final class BatchRows implements AutoCloseable {
    /** Ids per {@code IN} list. */
    private static final int CHUNK = 1_000;
    private final DuckDBAppender pages;
    private final DuckDBAppender articles;
    private final DuckDBAppender events;
    private final DuckDBAppender log;
    private final LocalDateTime now;

    /** {@code now}: the ingest log's time for every line of the batch (and the pages' ingested_at). */
    BatchRows(Connection conn, Instant now) throws SQLException {
        DuckDBConnection c = conn.unwrap(DuckDBConnection.class);
        this.pages = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "pages");
        this.articles = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "articles");
        this.events = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "events");
        this.log = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "ingest_log");
        // as setTimestamp(Timestamp.from(now)) writes it, so the log reads back the same instant
        this.now = Timestamp.from(now).toLocalDateTime();
    }

    /** Which of these doc_ids are stored (one query per {@value #CHUNK}). */
    static Set<String> storedDocIds(Connection c, Collection<String> ids) throws SQLException {
        return existing(c, "SELECT doc_id FROM pages WHERE doc_id IN ", ids);
    }

    /** Which of these event ids are stored. */
    static Set<String> storedEventIds(Connection c, Collection<String> ids) throws SQLException {
        return existing(c, "SELECT id FROM events WHERE id IN ", ids);
    }

    private static Set<String> existing(Connection c, String sql, Collection<String> ids) throws SQLException {
        Set<String> out = new HashSet<>();
        List<String> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<String> part = all.subList(from, Math.min(all.size(), from + CHUNK));
            try (PreparedStatement s = c.prepareStatement(sql + "(" + "?, ".repeat(part.size() - 1) + "?)")) {
                for (int i = 0; i < part.size(); i++) {
                    s.setString(i + 1, part.get(i));
                }
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        out.add(r.getString(1));
                    }
                }
            }
        }
        return out;
    }

    void log(String origin, String docId, String outcome, String reason) throws SQLException {
        log.beginRow();
        log.append(now);
        text(log, origin);
        text(log, docId);
        text(log, outcome);
        text(log, reason);
        log.endRow();
    }

    void page(PageResult r) throws SQLException {
        Page p = r.page();
        pages.beginRow();
        text(pages, p.docId());
        text(pages, p.origin());
        text(pages, p.format() == null ? null : p.format().name());
        text(pages, p.meta().url());
        text(pages, p.meta().outlet());
        date(pages, p.meta().published());
        text(pages, p.meta().title());
        text(pages, p.text());
        pages.append(now);
        pages.endRow();
        for (Article a : r.articles()) {
            articles.beginRow();
            text(articles, p.docId());
            articles.append(a.index());
            text(articles, a.headline());
            articles.append(a.teaser());
            integer(articles, a.blocks().isEmpty() ? null : a.blocks().get(0).span().start());
            integer(articles, a.blocks().isEmpty() ? null : a.blocks().get(a.blocks().size() - 1).span().end());
            articles.endRow();
        }
    }

    /** The events table's row of an event of a page of this text, stored with {@code record}. */
    void event(Event e, String text, String record) throws SQLException {
        Location l = e.location();
        DuckDBAppender a = events;
        a.beginRow();
        text(a, e.id());
        text(a, e.docId());
        a.append(e.article());
        text(a, e.type().name());
        text(a, Mode.json(e.mode()));
        text(a, e.status().json());
        text(a, e.cameo());
        integer(a, e.quadClass());
        text(a, IndexDocs.code(e.actor()));
        text(a, e.actor() == null ? null : e.actor().country());
        text(a, IndexDocs.code(e.recipient()));
        text(a, e.recipient() == null ? null : e.recipient().country());
        text(a, e.date().value());
        date(a, Rows.day(e));
        text(a, e.date().precision().json());
        text(a, l == null ? null : l.name() != null ? l.name() : l.text());
        real(a, l == null ? null : l.lat());
        real(a, l == null ? null : l.lon());
        text(a, l == null ? null : l.countryCode());
        text(a, l == null ? null : l.admin1());
        integer(a, e.size().dead());
        integer(a, e.size().injured());
        integer(a, e.size().arrested());
        integer(a, e.size().displaced());
        text(a, e.trigger().text());
        text(a, IndexDocs.sentence(e, text));
        text(a, e.rule());
        a.append(e.confidence());
        text(a, record);
        a.endRow();
    }

    /** Sends the rows to DuckDB; an error here (a key already stored) aborts the transaction. */
    void flush() throws SQLException {
        pages.flush();
        articles.flush();
        events.flush();
        log.flush();
    }

    @Override
    public void close() throws SQLException {
        try (DuckDBAppender p = pages; DuckDBAppender a = articles; DuckDBAppender e = events; DuckDBAppender l = log) {
            // closed in reverse order; close() alone does not report a failed append: flush() first
        }
    }

    static void text(DuckDBAppender a, String v) throws SQLException {
        if (v == null) {
            a.appendNull();
        } else {
            a.append(v);
        }
    }

    static void integer(DuckDBAppender a, Integer v) throws SQLException {
        if (v == null) {
            a.appendNull();
        } else {
            a.append(v.intValue());
        }
    }

    static void real(DuckDBAppender a, Double v) throws SQLException {
        if (v == null) {
            a.appendNull();
        } else {
            a.append(v.doubleValue());
        }
    }

    static void date(DuckDBAppender a, LocalDate v) throws SQLException {
        if (v == null) {
            a.appendNull();
        } else {
            a.append(v);
        }
    }
}
