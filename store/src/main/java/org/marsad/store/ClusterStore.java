package org.marsad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.core.dedup.ClusterJson;
import org.marsad.core.dedup.ClusterRule;
import org.marsad.core.dedup.EventCluster;
import org.marsad.core.dedup.EventClusterer;
import org.marsad.model.Event;
import org.marsad.export.EventJsonReader;
import org.marsad.model.Location;
import org.marsad.core.pipeline.PageResult;

/**
 * The event clusters beside the events: {@code clusters} (one row per happening, its JSON in {@code record}) and
 * {@code cluster_reports} (which events tell it). Kept up to date as pages are stored: the new events' connected
 * components under {@link ClusterRule} are gathered by a search outward from them ({@link ClusterCandidates}: the
 * events of the days around each that the event index offers for its place), their old clusters dropped and
 * {@link EventClusterer} run over them again, so the clusters always equal those of clustering all stored events
 * at once. Reading them is {@link StoredClusters}'. Calls run under the owning {@link EventStore}'s lock.
 */
public final class ClusterStore {
    static final List<String> DDL = List.of(
            "CREATE TABLE IF NOT EXISTS clusters (id VARCHAR, type VARCHAR, status VARCHAR, date_value VARCHAR, "
                    + "day DATE, date_precision VARCHAR, place VARCHAR, lat DOUBLE, lon DOUBLE, country_code VARCHAR, "
                    + "mentions INTEGER, docs INTEGER, record VARCHAR)",
            "CREATE TABLE IF NOT EXISTS cluster_reports (cluster_id VARCHAR, event_id VARCHAR)",
            "CREATE INDEX IF NOT EXISTS cluster_reports_event ON cluster_reports (event_id)",
            "CREATE INDEX IF NOT EXISTS cluster_reports_cluster ON cluster_reports (cluster_id)",
            "CREATE INDEX IF NOT EXISTS clusters_id ON clusters (id)");

    private final Connection conn;
    private final Object lock;
    /** The source each page counts as, for the clusters being placed ({@link SourceGroups}). */
    private final Map<String, String> sourceOf = new java.util.HashMap<>();
    private final EventClusterer clusterer = new EventClusterer(
            e -> e.docId() == null ? "id:" + e.id() : sourceOf.getOrDefault(e.docId(), "p:" + e.docId()));
    private final SourceGroups sources;

    private ClusterStore(Connection conn, Object lock) throws SQLException {
        this.conn = conn;
        this.lock = lock;
        this.sources = new SourceGroups(conn);
    }

    /** Creates the tables when missing and clusters the stored events when no cluster is stored yet. */
    static ClusterStore open(Connection conn, Object lock) throws SQLException {
        try (Statement s = conn.createStatement()) {
            for (String ddl : DDL) {
                s.execute(ddl);
            }
        }
        ClusterStore store = new ClusterStore(conn, lock);
        boolean unprinted = store.scalar("SELECT count(*) FROM source_groups") == 0
                && store.scalar("SELECT count(*) FROM pages") > 0;
        if (unprinted) {
            store.fingerprintStored();
        }
        if (store.scalar("SELECT count(*) FROM clusters") == 0 && store.scalar("SELECT count(*) FROM events") > 0) {
            store.clusterStored();
        } else if (unprinted) {
            store.recountStored();
        }
        conn.commit();
        return store;
    }

    /** Pages fingerprinted at a time when a store written before source groups is opened. */
    static final int PRINT_CHUNK = 1_000;

    /**
     * Fingerprints the stored pages of a store written before pages were ({@link SourceGroups}), a chunk of pages
     * and their events at a time, in doc id order.
     */
    private void fingerprintStored() throws SQLException {
        List<String> docs = new ArrayList<>();
        try (Statement s = conn.createStatement(); ResultSet r = s.executeQuery(
                "SELECT doc_id FROM pages ORDER BY doc_id")) {
            while (r.next()) {
                docs.add(r.getString(1));
            }
        }
        for (int from = 0; from < docs.size(); from += PRINT_CHUNK) {
            List<String> part = docs.subList(from, Math.min(docs.size(), from + PRINT_CHUNK));
            Map<String, String> texts = new LinkedHashMap<>();
            Map<String, List<Event>> events = new java.util.HashMap<>();
            try (PreparedStatement s = conn.prepareStatement("SELECT doc_id, text FROM pages WHERE doc_id IN ("
                    + marks(part.size()) + ") ORDER BY doc_id")) {
                bindAll(s, part);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        texts.put(r.getString(1), r.getString(2));
                    }
                }
            }
            try (PreparedStatement s = conn.prepareStatement("SELECT doc_id, record FROM events WHERE doc_id IN ("
                    + marks(part.size()) + ") ORDER BY id")) {
                bindAll(s, part);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        events.computeIfAbsent(r.getString(1), k -> new ArrayList<>())
                                .add(EventJsonReader.read(r.getString(2)));
                    }
                }
            }
            List<SourceGroups.Stored> pages = new ArrayList<>();
            texts.forEach((doc, text) -> pages.add(new SourceGroups.Stored(doc, text,
                    events.getOrDefault(doc, List.of()))));
            sources.addStored(pages);
        }
    }

    /** Counts again the sources of every stored happening told by two or more pages (after {@link #fingerprintStored}). */
    private void recountStored() throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Statement s = conn.createStatement(); ResultSet r = s.executeQuery(
                "SELECT id FROM clusters WHERE docs > 1 ORDER BY id")) {
            while (r.next()) {
                ids.add(r.getString(1));
            }
        }
        for (List<String> part : chunks(ids)) {
            Map<String, List<String>> reports = new LinkedHashMap<>();
            try (PreparedStatement s = conn.prepareStatement("SELECT cluster_id, event_id FROM cluster_reports "
                    + "WHERE cluster_id IN (" + marks(part.size()) + ")")) {
                bindAll(s, part);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        reports.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(r.getString(2));
                    }
                }
            }
            recluster(reports);
        }
    }

    /** Re-clusters the components of newly stored events; runs inside the caller's transaction. */
    void added(Collection<Event> events) throws SQLException {
        added(events, null);
    }

    /**
     * As {@link #added(Collection)}, with the stored events of a day read from {@code committed} (which holds every
     * committed event) plus the new ones; null: from the events table inside the transaction.
     *
     * <p>Only the part of the clustering that the new events can change is done again, not their whole connected
     * component. {@link EventClusterer} places reports in (day, id) order, each in the first open group (created
     * at most a day before it) whose reports it is all linked to; a new report changes the places of later reports
     * only through reports linked to it, directly or through others, and never of a report dated more than a day
     * before it. So, seed by seed in that order, the region is searched outward along links through events dated
     * at most a day before the seed ({@link #region}); the region's events placed after the seed that first
     * reached them are placed again ({@link EventClusterer#recluster}), into the old clusters of the region (less
     * those events) and new ones. A month-long chain of daily reports is redone from the new report's day on,
     * not from its first day.
     */
    void added(Collection<Event> events, ClusterCandidates.Committed committed) throws SQLException {
        added(events, committed, List.of());
    }

    /**
     * As {@link #added(Collection, ClusterCandidates.Committed)}, the {@code pages} the events come from first
     * fingerprinted ({@link SourceGroups}): a page that republishes a stored one, or carries a sentence of one, counts
     * as the same source, in the new clusters and in the stored clusters of the pages whose source changed.
     */
    void added(Collection<Event> events, ClusterCandidates.Committed committed, Collection<PageResult> pages)
            throws SQLException {
        added(events, committed, pages, Map.of());
    }

    /** As {@link #added(Collection, ClusterCandidates.Committed, Collection)}, some fingerprints made beforehand. */
    void added(Collection<Event> events, ClusterCandidates.Committed committed, Collection<PageResult> pages,
               Map<String, SourceGroups.Made> prints) throws SQLException {
        Set<String> moved = sources.add(pages, prints);
        place(events, committed);
        recount(moved);
    }

    private void place(Collection<Event> events, ClusterCandidates.Committed committed) throws SQLException {
        if (events.isEmpty()) {
            return;
        }
        Map<String, Event> region = new LinkedHashMap<>();
        List<Event> replay = region(events, new ClusterCandidates(committed, this::onDay, events), region);
        Set<String> placed = new java.util.HashSet<>();
        replay.forEach(e -> placed.add(e.id()));
        Map<String, List<String>> old = clustersOf(new ArrayList<>(region.keySet()));
        Map<String, Event> known = new java.util.HashMap<>(region);
        List<String> missing = new ArrayList<>();
        old.values().forEach(ids -> ids.stream().filter(id -> !known.containsKey(id)).forEach(missing::add));
        KeysQuery.run(conn, "SELECT record FROM events WHERE id IN (SELECT unnest(?::VARCHAR[])) ORDER BY id", missing, r -> {
            Event e = EventJsonReader.read(r.getString(1));
            known.put(e.id(), e);
        });
        Set<String> inOld = new java.util.HashSet<>();
        old.values().forEach(inOld::addAll);
        for (Event e : region.values()) {
            if (!placed.contains(e.id()) && !inOld.contains(e.id())) {
                replay.add(e); // not clustered yet (a store being clustered on open): placed with the new ones
                placed.add(e.id());
            }
        }
        lastRegion = region.size();
        lastReplayed = replay.size();
        List<List<Event>> kept = new ArrayList<>();
        for (List<String> ids : old.values()) {
            List<Event> k = new ArrayList<>();
            for (String id : ids) {
                if (!placed.contains(id) && known.containsKey(id)) {
                    k.add(known.get(id));
                }
            }
            kept.add(k);
        }
        delete(old.keySet());
        CrashPoints.at("clusters-deleted");
        Set<String> docs = new java.util.HashSet<>();
        kept.forEach(k -> k.forEach(e -> docs.add(String.valueOf(e.docId()))));
        replay.forEach(e -> docs.add(String.valueOf(e.docId())));
        sourceOf.clear();
        sourceOf.putAll(sources.of(docs));
        insert(clusterer.recluster(kept, replay));
    }

    /** Counts again the sources of the stored clusters holding events of these pages (their source changed). */
    private void recount(Set<String> pages) throws SQLException {
        if (pages.isEmpty()) {
            return;
        }
        List<String> ids = new ArrayList<>();
        for (List<String> part : chunks(new ArrayList<>(pages))) {
            try (PreparedStatement s = conn.prepareStatement("SELECT id FROM events WHERE doc_id IN ("
                    + marks(part.size()) + ") ORDER BY id")) {
                bindAll(s, part);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        ids.add(r.getString(1));
                    }
                }
            }
        }
        recluster(clustersOf(ids));
    }

    /** Replaces stored clusters (id to its reports' ids) by their reports merged again, with today's sources. */
    private void recluster(Map<String, List<String>> reports) throws SQLException {
        List<List<Event>> kept = new ArrayList<>();
        Set<String> docs = new java.util.HashSet<>();
        for (List<String> part : reports.values()) {
            List<Event> k = records("SELECT record FROM events WHERE id IN (" + marks(part.size()) + ") ORDER BY id",
                    part.toArray());
            k.forEach(e -> docs.add(String.valueOf(e.docId())));
            kept.add(k);
        }
        delete(reports.keySet());
        sourceOf.clear();
        sourceOf.putAll(sources.of(docs));
        insert(clusterer.recluster(kept, List.of()));
    }

    /** The events searched and placed again by the last {@link #added} (for the tests). */
    int lastRegion;
    int lastReplayed;

    /** An event's place in the clustering order: day (undated last), then id. */
    private static final java.util.Comparator<Event> ORDER = java.util.Comparator
            .comparingLong((Event e) -> ClusterRule.day(e).orElse(Long.MAX_VALUE)).thenComparing(Event::id);

    /**
     * Fills {@code region} with the new events and the stored ones reachable from them along links through events
     * dated no more than a day before the seed, and returns those to place again: the new events and the region's
     * events after the seed that first reached them.
     */
    private List<Event> region(Collection<Event> seeds, ClusterCandidates candidates, Map<String, Event> region)
            throws SQLException {
        List<Event> ordered = new ArrayList<>(seeds);
        ordered.sort(ORDER);
        List<Event> replay = new ArrayList<>();
        for (Event s : ordered) {
            if (region.containsKey(s.id())) {
                continue;
            }
            region.put(s.id(), s);
            replay.add(s);
            if (!ClusterRule.linkable(s)) {
                continue;
            }
            long floor = ClusterRule.day(s).orElseThrow() - ClusterRule.MAX_DAYS;
            Deque<Event> frontier = new ArrayDeque<>(List.of(s));
            while (!frontier.isEmpty()) {
                Event f = frontier.poll();
                if (!ClusterRule.linkable(f)) {
                    continue;
                }
                for (Event c : candidates.around(f, ClusterRule.day(f).orElseThrow())) {
                    if (!region.containsKey(c.id()) && ClusterRule.day(c).orElse(Long.MIN_VALUE) >= floor
                            && ClusterRule.linked(f, c)) {
                        region.put(c.id(), c);
                        frontier.add(c);
                        if (ORDER.compare(c, s) > 0) {
                            replay.add(c);
                        }
                    }
                }
            }
        }
        return replay;
    }

    /**
     * The stored clusters holding any of these events: id to its reports' ids, by cluster id. Two queries whatever
     * the number of events (the ids bound as one array and joined, as {@link SourceGroups} asks for its bands), not two
     * per thousand ids with a placeholder each, which DuckDB planned anew every time.
     */
    private Map<String, List<String>> clustersOf(List<String> eventIds) throws SQLException {
        List<String> ids = new ArrayList<>();
        KeysQuery.run(conn, "SELECT DISTINCT cluster_id FROM cluster_reports WHERE event_id IN (SELECT unnest(?::VARCHAR[])) "
                + "ORDER BY cluster_id", eventIds, r -> ids.add(r.getString(1)));
        Map<String, List<String>> out = new LinkedHashMap<>();
        KeysQuery.run(conn, "SELECT cluster_id, event_id FROM cluster_reports WHERE cluster_id IN (SELECT unnest(?::VARCHAR[])) "
                + "ORDER BY cluster_id, event_id", ids,
                r -> out.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(r.getString(2)));
        return out;
    }

    private void delete(Collection<String> clusterIds) throws SQLException {
        for (List<String> part : chunks(new ArrayList<>(clusterIds))) {
            try (PreparedStatement c = conn.prepareStatement("DELETE FROM clusters WHERE id IN (" + marks(part.size())
                    + ")");
                 PreparedStatement r = conn.prepareStatement("DELETE FROM cluster_reports WHERE cluster_id IN ("
                         + marks(part.size()) + ")")) {
                bindAll(c, part);
                c.executeUpdate();
                bindAll(r, part);
                r.executeUpdate();
            }
        }
    }

    private List<Event> onDay(Event e, LocalDate day) throws SQLException {
        String sql = "SELECT record FROM events WHERE type = ? AND status = ? AND day = ?";
        List<Event> out = new ArrayList<>();
        try (PreparedStatement s = conn.prepareStatement(sql)) {
            s.setString(1, e.type().name());
            s.setString(2, e.status().json());
            s.setObject(3, day);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(EventJsonReader.read(r.getString(1)));
                }
            }
        }
        return out;
    }

    private static final int CHUNK = 1_000;

    private static List<List<String>> chunks(List<String> ids) {
        List<List<String>> out = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            out.add(ids.subList(from, Math.min(ids.size(), from + CHUNK)));
        }
        return out;
    }

    private static String marks(int n) {
        return "?, ".repeat(n - 1) + "?";
    }

    private static void bindAll(PreparedStatement s, List<String> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            s.setString(i + 1, values.get(i));
        }
    }

    private void insert(List<EventCluster> clusters) throws SQLException {
        if (clusters.isEmpty()) {
            return;
        }
        org.duckdb.DuckDBConnection c = conn.unwrap(org.duckdb.DuckDBConnection.class);
        try (org.duckdb.DuckDBAppender k = c.createAppender(org.duckdb.DuckDBConnection.DEFAULT_SCHEMA, "clusters");
             org.duckdb.DuckDBAppender r = c.createAppender(org.duckdb.DuckDBConnection.DEFAULT_SCHEMA,
                     "cluster_reports")) {
            for (EventCluster cluster : clusters) {
                append(k, cluster);
                for (String report : cluster.reports()) {
                    r.beginRow();
                    r.append(cluster.id());
                    r.append(report);
                    r.endRow();
                }
            }
            k.flush();
            r.flush();
        }
    }

    private static void append(org.duckdb.DuckDBAppender a, EventCluster k) throws SQLException {
        String value = k.date().value();
        Location l = k.location();
        a.beginRow();
        BatchRows.text(a, k.id());
        BatchRows.text(a, k.type().name());
        BatchRows.text(a, k.status().json());
        BatchRows.text(a, value);
        BatchRows.date(a, value != null && value.length() == 10 ? LocalDate.parse(value) : null);
        BatchRows.text(a, k.date().precision().json());
        BatchRows.text(a, l == null ? null : l.nameAr() != null ? l.nameAr() : l.text());
        BatchRows.real(a, l == null ? null : l.lat());
        BatchRows.real(a, l == null ? null : l.lon());
        BatchRows.text(a, l == null ? null : l.countryCode());
        a.append(k.mentions());
        a.append(k.docs());
        BatchRows.text(a, ClusterJson.toJson(k));
        a.endRow();
    }

    /** Events clustered at a time when a store without clusters is opened (at least; a day is not split). */
    static int openChunk = 5_000;
    /** The most events read at once by the last {@link #clusterStored} (for the tests). */
    static int largestChunk;

    /**
     * Clusters the stored events of a store that has none (one written before clusters were kept), a few
     * thousand at a time as if they were being stored: the dated ones a run of days at a time, in day order, then
     * the undated ones (never linked) by id. Memory holds a chunk and its components, never the whole table.
     */
    private void clusterStored() throws SQLException {
        List<LocalDate> days = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        try (Statement s = conn.createStatement(); ResultSet r = s.executeQuery(
                "SELECT day, count(*) FROM events WHERE day IS NOT NULL GROUP BY day ORDER BY day")) {
            while (r.next()) {
                days.add(r.getObject(1, LocalDate.class));
                counts.add(r.getLong(2));
            }
        }
        int from = 0;
        long n = 0;
        largestChunk = 0;
        for (int i = 0; i < days.size(); i++) {
            n += counts.get(i);
            if (n >= openChunk || i == days.size() - 1) {
                List<Event> chunk = records("SELECT record FROM events WHERE day BETWEEN ? AND ?", days.get(from),
                        days.get(i));
                largestChunk = Math.max(largestChunk, chunk.size());
                added(chunk);
                from = i + 1;
                n = 0;
            }
        }
        String after = "";
        while (true) {
            List<Event> chunk = records("SELECT record FROM events WHERE day IS NULL AND id > ? ORDER BY id LIMIT "
                    + openChunk, after);
            if (chunk.isEmpty()) {
                return;
            }
            largestChunk = Math.max(largestChunk, chunk.size());
            added(chunk);
            after = chunk.get(chunk.size() - 1).id();
        }
    }

    private List<Event> records(String sql, Object... params) throws SQLException {
        List<Event> out = new ArrayList<>();
        try (PreparedStatement s = conn.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(EventJsonReader.read(r.getString(1)));
                }
            }
        }
        return out;
    }

    private long scalar(String sql) throws SQLException {
        try (Statement s = conn.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
