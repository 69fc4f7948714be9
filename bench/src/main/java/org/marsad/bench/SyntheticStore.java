package org.marsad.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import org.marsad.model.DatePrecision;
import org.marsad.model.Entity;
import org.marsad.model.Event;
import org.marsad.model.EventDate;
import org.marsad.export.EventJson;
import org.marsad.model.EventStatus;
import org.marsad.model.EventType;
import org.marsad.model.GeoPrecision;
import org.marsad.model.Location;
import org.marsad.model.Sector;
import org.marsad.model.Size;
import org.marsad.model.Span;
import org.marsad.model.Trigger;
import org.marsad.store.EventStore;
import org.marsad.store.StoreException;

/**
 * A store of synthetic events, filled in SQL: event {@code i} has one of six types, one of ten countries, a day
 * in 2020-2025 and one of 50 places, and belongs to page {@code d-(i / 5)}. With pages, each page is stored with
 * a one-article text that the events' offsets point into (so event details and article search work too).
 */
public final class SyntheticStore {
    static final String[] TYPES = {"ASSAULT", "PROTEST", "CONSULT", "COERCE", "THREATEN", "AGREE"};
    static final String[] COUNTRIES = {"SYR", "IRQ", "YEM", "SDN", "LBY", "LBN", "PSE", "TUR", "ISR", "EGY"};
    /** Provinces named in the synthetic page texts (searched for by the load run). */
    public static final String[] PROVINCES = {"حلب", "إدلب", "درعا", "حمص", "دير الزور", "الحسكة", "حماة"};
    private static final String EVENTS = "INSERT INTO events SELECT 'e-' || lpad(i::VARCHAR, 16, '0') AS id, "
            + "'d-' || (i // 5) AS doc_id, 0, t AS type, NULL, 'occurred', '190', 4, c || 'MIL', c, c || 'CVL', c, "
            + "d::VARCHAR, d, 'day', 'مدينة ' || (i % 50 + 1), 30 + (i % 1000) / 100.0, 35 + (i % 777) / 100.0, "
            + "left(c, 2), NULL, i % 7, NULL, NULL, NULL, 'قصفت', "
            + "'قصفت القوات مدينة ' || (i % 50 + 1) || ' يوم ' || d::VARCHAR, 'bench', 0.5, "
            + "replace(replace(replace(replace(replace(?, '__ID__', 'e-' || lpad(i::VARCHAR, 16, '0')), "
            + "'__TYPE__', t), '__DAY__', d::VARCHAR), '__C__', c), '__DOC__', 'd-' || (i // 5)) "
            + "FROM (SELECT i, ['ASSAULT','PROTEST','CONSULT','COERCE','THREATEN','AGREE'][i % 6 + 1] AS t, "
            + "['SYR','IRQ','YEM','SDN','LBY','LBN','PSE','TUR','ISR','EGY'][i % 10 + 1] AS c, "
            + "DATE '2020-01-01' + CAST(i % 2190 AS INTEGER) AS d FROM range(?) r(i))";
    /**
     * One cluster per synthetic event, written in SQL: the store would otherwise cluster a million random events
     * on its next open (a one-time migration meant for stores written before clusters existed).
     */
    private static final String CLUSTERS = "INSERT INTO clusters SELECT 'c-' || id, type, status, date_value, day, "
            + "date_precision, place, lat, lon, country_code, 1, 1, json_object('schema', 'marsad.cluster/1', "
            + "'id', 'c-' || id, 'type', type, 'status', status, 'mentions', 1, 'docs', 1, 'reports', json_array(id))"
            + "::VARCHAR FROM events";
    private static final String CLUSTER_REPORTS = "INSERT INTO cluster_reports SELECT 'c-' || id, id FROM events";
    private static final String PAGE_TEXT = "'قصفت القوات مدينة ' || ((k * 5) % 50 + 1) || ' في محافظة ' || "
            + "['حلب','إدلب','درعا','حمص','دير الزور','الحسكة','حماة'][k % 7 + 1] || "
            + "' وقالت مصادر محلية إن القصف طال أحياء سكنية للمرة ' || (k % 97 + 1) || '.'";
    private static final String PAGES = "INSERT INTO pages SELECT 'd-' || k, 'synthetic', 'SCRAPED_TEXT', NULL, "
            + "'example.org', DATE '2020-01-01' + CAST((k * 5) % 2190 AS INTEGER), 'خبر ' || k, " + PAGE_TEXT
            + ", now() FROM range(?) r(k)";
    /**
     * Each synthetic page its own source ({@code source_groups}, as the store's {@code SourceGroups} names an
     * unduplicated page): the pages are written from one template, so fingerprinting them on the store's next open
     * would take minutes and join them all into one source. No band keys are written: a page stored later is never
     * a near duplicate of a synthetic one.
     */
    private static final String SOURCES = "INSERT INTO source_groups SELECT 'p:' || doc_id, 'p:' || doc_id FROM pages "
            + "WHERE NOT EXISTS (SELECT 1 FROM source_groups)";
    private static final String ARTICLES = "INSERT INTO articles SELECT 'd-' || k, 0, 'خبر ' || k, false, 0, "
            + "length(" + PAGE_TEXT + ") FROM range(?) r(k)";

    private SyntheticStore() {
    }

    /** Creates the store in {@code dir} with {@code events} synthetic events and, if {@code pages}, their pages. */
    public static void fill(Path dir, int events, boolean pages) {
        EventStore.open(dir).close();
        String template = EventJson.toJson(template()).replace("\"type\":\"ASSAULT\"", "\"type\":\"__TYPE__\"");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve(EventStore.FILE).toAbsolutePath())) {
            try (PreparedStatement s = c.prepareStatement(EVENTS)) {
                s.setString(1, template);
                s.setLong(2, events);
                s.executeUpdate();
            }
            try (Statement s = c.createStatement()) {
                s.executeUpdate(CLUSTERS);
                s.executeUpdate(CLUSTER_REPORTS);
            }
            if (pages) {
                long n = (events + 4L) / 5;
                for (String sql : new String[] {PAGES, ARTICLES}) {
                    try (PreparedStatement s = c.prepareStatement(sql)) {
                        s.setLong(1, n);
                        s.executeUpdate();
                    }
                }
                distinctSources(c);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot fill the synthetic store: " + e.getMessage(), e);
        }
    }

    /**
     * Makes each page of a synthetic store built before stores kept source groups its own source (as {@link #fill}
     * now does), so that the store's open does not fingerprint its pages; nothing when some page has a source.
     */
    public static void distinctSources(Path dir) {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve(EventStore.FILE).toAbsolutePath())) {
            distinctSources(c);
        } catch (SQLException e) {
            throw new StoreException("cannot mark the synthetic pages as sources: " + e.getMessage(), e);
        }
    }

    private static void distinctSources(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS source_groups (id VARCHAR, root VARCHAR)");
            s.executeUpdate(SOURCES);
        }
    }

    private static Event template() {
        Trigger t = new Trigger("قصفت", 0, 4);
        return new Event("__ID__", "__DOC__", 0, EventType.ASSAULT, null, null, "190", 4, EventStatus.OCCURRED,
                new Entity("القوات", 5, 11, "__C__MIL", "__C__", Sector.MIL, null), null, t,
                new EventDate("__DAY__", DatePrecision.DAY, null, null, null),
                new Location("مدينة", 12, 17, null, null, null, 35.0, 36.0, "SY", null, null, GeoPrecision.TOWN),
                new Size(1, null, null, null, false), new Span(0, 30), null, "bench", 0.5)
                .withId("__ID__");
    }
}
