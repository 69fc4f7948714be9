package org.marsad.store;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.core.dedup.EventClusterer;
import org.marsad.core.dedup.NearDuplicates;
import org.marsad.core.dedup.Sources;
import org.marsad.core.pipeline.PageResult;
import org.marsad.model.Event;

/**
 * Which stored pages count as one source, as {@link Sources} decides in memory: pages that are near duplicates
 * (the same story republished) are one source, and so are pages that share a near-duplicate sentence reporting an
 * event (a page carrying another story's paragraph). Kept in three tables so that a new page is compared with the
 * few stored texts it may duplicate, never with all: {@code source_prints} (each text's shingles, {@link
 * NearDuplicates#print}), {@code source_bands} (its band keys: texts sharing one are candidates) and {@code
 * source_groups} (each text's group, named by its smallest id; pages are {@code p:DOC}, sentences
 * {@code s:DOC|START|END}). Groups only ever join, and a group's name is the smallest id of its texts, so the
 * groups do not depend on the order pages are stored in. Runs inside the store's transaction.
 */
final class SourceGroups {
    static final List<String> DDL = List.of(
            "CREATE TABLE IF NOT EXISTS source_prints (id VARCHAR, shingles BLOB)",
            "CREATE TABLE IF NOT EXISTS source_bands (band BIGINT, id VARCHAR)",
            // no index on band: the look-up is a hash join with a batch's keys, which never reads an ART index,
            // and keeping one made each batch's band rows several times dearer to append and commit
            "DROP INDEX IF EXISTS source_bands_band",
            "CREATE TABLE IF NOT EXISTS source_groups (id VARCHAR, root VARCHAR)",
            "CREATE INDEX IF NOT EXISTS source_groups_id ON source_groups (id)");

    private final Connection conn;
    /** The keys {@code source_bands} may hold ({@link BandFilter}); made at the first look-up, null before or when too large. */
    private BandFilter filter;
    private boolean filterTried;

    SourceGroups(Connection conn) throws SQLException {
        this.conn = conn;
        try (Statement s = conn.createStatement()) {
            for (String ddl : DDL) {
                s.execute(ddl);
            }
        }
        hashBandsOfOlderStore();
    }

    /**
     * A band key as the store keeps it: a 64-bit hash of the text's kind and its band ({@link NearDuplicates.Print#bands}),
     * not the band's text (some 80 characters): each batch looks its keys up in a scan of the whole table, and longs
     * are a tenth of the bytes to scan, join and write. Two bands of one hash only make two texts candidates, which
     * are kept apart unless their shingles are near duplicates (as with any shared band).
     */
    static long bandKey(String kind, String band) {
        long h = 0xcbf29ce484222325L; // FNV-1a over the chars, then SplitMix64's finaliser
        for (int i = 0; i < kind.length(); i++) {
            h = (h ^ kind.charAt(i)) * 0x100000001b3L;
        }
        h = (h ^ '|') * 0x100000001b3L;
        for (int i = 0; i < band.length(); i++) {
            h = (h ^ band.charAt(i)) * 0x100000001b3L;
        }
        h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
        h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
        return h ^ (h >>> 31);
    }

    /** A print's band keys as {@link #bandKey} hashes them, read from its signature without making the keys' text. */
    static long[] bandKeys(String kind, NearDuplicates.Print p) {
        long[] out = new long[p.bandCount()];
        long start = 0xcbf29ce484222325L;
        for (int i = 0; i < kind.length(); i++) {
            start = (start ^ kind.charAt(i)) * 0x100000001b3L;
        }
        start = (start ^ '|') * 0x100000001b3L;
        Fnv h = new Fnv();
        for (int b = 0; b < out.length; b++) {
            h.h = start;
            p.bandChars(b, h);
            long x = h.h;
            x = (x ^ (x >>> 30)) * 0xbf58476d1ce4e5b9L;
            x = (x ^ (x >>> 27)) * 0x94d049bb133111ebL;
            out[b] = x ^ (x >>> 31);
        }
        return out;
    }

    /** FNV-1a over the characters given. */
    private static final class Fnv implements NearDuplicates.CharSink {
        long h;

        @Override
        public void accept(char c) {
            h = (h ^ c) * 0x100000001b3L;
        }
    }

    /** A store written when band keys were kept as text ({@code kind|band}) has them hashed once, on open. */
    private void hashBandsOfOlderStore() throws SQLException {
        try (Statement s = conn.createStatement(); ResultSet r = s.executeQuery("SELECT data_type FROM duckdb_columns() "
                + "WHERE table_name = 'source_bands' AND column_name = 'band'")) {
            if (!r.next() || !r.getString(1).equals("VARCHAR")) {
                return;
            }
        }
        try (Statement s = conn.createStatement()) {
            s.execute("CREATE TABLE source_bands_hashed (band BIGINT, id VARCHAR)");
        }
        org.duckdb.DuckDBConnection c = conn.unwrap(org.duckdb.DuckDBConnection.class);
        try (Statement s = conn.createStatement();
             ResultSet r = s.executeQuery("SELECT band, id FROM source_bands");
             org.duckdb.DuckDBAppender a = c.createAppender(org.duckdb.DuckDBConnection.DEFAULT_SCHEMA,
                     "source_bands_hashed")) {
            while (r.next()) {
                String band = r.getString(1);
                int bar = band.indexOf('|');
                a.beginRow();
                a.append(bandKey(band.substring(0, bar), band.substring(bar + 1)));
                a.append(r.getString(2));
                a.endRow();
            }
            a.flush();
        }
        try (Statement s = conn.createStatement()) {
            s.execute("DROP TABLE source_bands");
            s.execute("ALTER TABLE source_bands_hashed RENAME TO source_bands");
        }
        conn.commit();
    }

    /** A text to fingerprint: its id and kind ({@code p} page, {@code s} sentence). */
    private record Text(String id, String kind, String text) {
    }

    /**
     * Fingerprints the pages (stored in this transaction, none twice) and their events' sentences, and joins their
     * groups with those of the stored texts they duplicate. Returns the stored pages (doc ids) whose source changed:
     * their clusters' {@code sources} must be counted again.
     */
    Set<String> add(Collection<PageResult> pages) throws SQLException {
        return add(pages, Map.of());
    }

    /** As {@link #add(Collection)}, with the fingerprints already made of some texts ({@link PreparedPage}), by id. */
    Set<String> add(Collection<PageResult> pages, Map<String, Made> made) throws SQLException {
        List<Stored> out = new ArrayList<>();
        pages.forEach(p -> out.add(new Stored(p.page().docId(), p.page().text(), p.events())));
        return addStored(out, made);
    }

    /** A page as the store keeps it: its id, its text (the events' offsets index into it) and its events. */
    record Stored(String docId, String text, List<Event> events) {
    }

    /** As {@link #add}, from the stored rows (a store whose pages were stored before they were fingerprinted). */
    Set<String> addStored(Collection<Stored> pages) throws SQLException {
        return addStored(pages, Map.of());
    }

    /**
     * The fingerprints of a page's text and of its events' sentences, by text id, as {@link #add} makes them: for
     * making them beforehand, on any thread.
     */
    static Map<String, Made> prints(String docId, String text, List<Event> events) {
        Map<String, Made> out = new LinkedHashMap<>();
        texts(List.of(new Stored(docId, text, events)), new LinkedHashSet<>(), new ArrayList<>())
                .forEach(t -> out.put(t.id(), Made.of(t.kind(), t.text())));
        return out;
    }

    /** A text's fingerprint and its band keys as the store keeps them ({@link #bandKeys}), made off the storing thread. */
    record Made(NearDuplicates.Print print, long[] keys) {
        static Made of(String kind, String text) {
            NearDuplicates.Print p = NearDuplicates.print(text);
            return new Made(p, bandKeys(kind, p));
        }
    }

    /** The texts of the pages (each id once: {@code ids} gathers them), and the page-to-sentence links. */
    private static List<Text> texts(Collection<Stored> pages, Set<String> ids, List<String[]> edges) {
        List<Text> texts = new ArrayList<>();
        for (Stored p : pages) {
            String page = "p:" + p.docId();
            String body = p.text() == null ? "" : p.text();
            if (!ids.add(page)) {
                continue;
            }
            texts.add(new Text(page, "p", body));
            for (Event e : p.events()) {
                String key = Sources.sentenceKey(e, body);
                if (key == null) {
                    continue;
                }
                String sentence = "s:" + key;
                if (ids.add(sentence)) {
                    texts.add(new Text(sentence, "s", body.substring(e.sentence().start(), e.sentence().end())));
                }
                edges.add(new String[] {page, sentence});
            }
        }
        return texts;
    }

    private Set<String> addStored(Collection<Stored> pages, Map<String, Made> made)
            throws SQLException {
        List<String[]> edges = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        List<Text> texts = texts(pages, ids, edges);
        if (texts.isEmpty()) {
            return Set.of();
        }
        Map<String, NearDuplicates.Print> prints = new LinkedHashMap<>();
        Map<String, long[]> keys = new HashMap<>(); // each text's band keys, hashed once
        Set<Long> bands = new LinkedHashSet<>();
        for (Text t : texts) {
            Made m = made.get(t.id());
            if (m == null) {
                m = Made.of(t.kind(), t.text());
            }
            prints.put(t.id(), m.print());
            long[] k = m.keys();
            for (long x : k) {
                bands.add(x);
            }
            keys.put(t.id(), k);
        }
        Map<Long, List<String>> stored = storedInBands(mayBeStored(bands));
        Set<String> old = new LinkedHashSet<>();
        stored.values().forEach(old::addAll);
        old.removeAll(ids);
        Map<String, String> oldRoot = roots(old);
        Map<String, long[]> oldShingles = shingles(old);
        EventClusterer.UnionFind groups = new EventClusterer.UnionFind();
        oldRoot.forEach(groups::union);
        Map<Long, List<String>> fresh = new HashMap<>();
        for (Text t : texts) {
            NearDuplicates.Print p = prints.get(t.id());
            Set<String> seen = new LinkedHashSet<>();
            for (long band : keys.get(t.id())) {
                seen.addAll(stored.getOrDefault(band, List.of()));
                seen.addAll(fresh.getOrDefault(band, List.of()));
                fresh.computeIfAbsent(band, k -> new ArrayList<>()).add(t.id());
            }
            for (String other : seen) {
                if (other.equals(t.id()) || groups.find(other).equals(groups.find(t.id()))) {
                    continue;
                }
                long[] theirs = prints.containsKey(other) ? prints.get(other).shingles() : oldShingles.get(other);
                if (theirs != null && NearDuplicates.jaccard(p.shingles(), theirs) >= Sources.SAME) {
                    groups.union(t.id(), other);
                }
            }
        }
        edges.forEach(e -> groups.union(e[0], e[1]));
        Set<String> changed = new LinkedHashSet<>();
        for (String root : new LinkedHashSet<>(oldRoot.values())) {
            String now = groups.find(root);
            if (!now.equals(root)) {
                changed.addAll(pagesOf(root));
                try (PreparedStatement u = conn.prepareStatement("UPDATE source_groups SET root = ? WHERE root = ?")) {
                    u.setString(1, now);
                    u.setString(2, root);
                    u.executeUpdate();
                }
            }
        }
        write(texts, prints, keys, groups);
        return changed;
    }

    /** The source of each page: its group's name ({@code p:DOC} for a page not fingerprinted). */
    Map<String, String> of(Collection<String> docIds) throws SQLException {
        Map<String, String> out = new HashMap<>();
        List<String> keys = new ArrayList<>();
        docIds.forEach(d -> keys.add("p:" + d));
        roots(keys).forEach((id, root) -> out.put(id.substring(2), root));
        for (String d : docIds) {
            out.putIfAbsent(d, "p:" + d);
        }
        return out;
    }

    private void write(List<Text> texts, Map<String, NearDuplicates.Print> prints, Map<String, long[]> keys,
                       EventClusterer.UnionFind groups) throws SQLException {
        org.duckdb.DuckDBConnection c = conn.unwrap(org.duckdb.DuckDBConnection.class);
        try (org.duckdb.DuckDBAppender g = c.createAppender(org.duckdb.DuckDBConnection.DEFAULT_SCHEMA,
                "source_groups");
             org.duckdb.DuckDBAppender b = c.createAppender(org.duckdb.DuckDBConnection.DEFAULT_SCHEMA,
                     "source_bands")) {
            for (Text t : texts) {
                g.beginRow();
                g.append(t.id());
                g.append(groups.find(t.id()));
                g.endRow();
                for (long band : keys.get(t.id())) {
                    b.beginRow();
                    b.append(band);
                    b.append(t.id());
                    b.endRow();
                    if (filter != null) {
                        filter.add(band);
                    }
                }
            }
            g.flush();
            b.flush();
        }
        try (org.duckdb.DuckDBAppender p = c.createAppender(org.duckdb.DuckDBConnection.DEFAULT_SCHEMA,
                "source_prints")) {
            // appended, not inserted a statement per row: the batch's tens of thousands of prints cost one flush
            for (Text t : texts) {
                long[] s = prints.get(t.id()).shingles();
                if (s.length == 0) {
                    continue;
                }
                byte[] bytes = new byte[8 * s.length];
                ByteBuffer.wrap(bytes).asLongBuffer().put(s); // big-endian, as shingles() reads them
                p.beginRow();
                p.append(t.id());
                p.append(bytes);
                p.endRow();
            }
            p.flush();
        }
    }

    /**
     * The keys the table may hold ({@link BandFilter}): all of them when there is no filter. The filter is made at the
     * first batch, and again, larger, when it has taken more keys than it was made for.
     */
    private Collection<Long> mayBeStored(Collection<Long> bands) throws SQLException {
        if (!filterTried || filter != null && filter.full()) {
            filter = BandFilter.of(conn, filter == null ? bands.size() : 2 * filter.keys());
            filterTried = true;
        }
        if (filter == null) {
            return bands;
        }
        List<Long> out = new ArrayList<>();
        for (long b : bands) {
            if (filter.mayHold(b)) {
                out.add(b);
            }
        }
        return out;
    }

    /**
     * The stored texts in each band asked for, each band's ids in order. One query for all the bands of a batch
     * (the keys bound as one array and joined with the stored bands), not one per thousand keys: a batch of pages
     * asks for some 300,000 band keys. Ordered, as the store's other reads in the write transaction are, so that
     * DuckDB collects the result serially.
     */
    private Map<Long, List<String>> storedInBands(Collection<Long> bands) throws SQLException {
        Map<Long, List<String>> out = new HashMap<>();
        if (bands.isEmpty()) {
            return out;
        }
        try (PreparedStatement s = conn.prepareStatement("SELECT band, id FROM source_bands "
                + "WHERE band IN (SELECT unnest(?::BIGINT[])) ORDER BY band, id")) {
            s.setArray(1, conn.createArrayOf("BIGINT", bands.toArray()));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(r.getString(2));
                }
            }
        }
        return out;
    }

    private Map<String, String> roots(Collection<String> ids) throws SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        KeysQuery.run(conn, "SELECT id, root FROM source_groups WHERE id IN (SELECT unnest(?::VARCHAR[])) ORDER BY id", ids,
                r -> out.put(r.getString(1), r.getString(2)));
        return out;
    }

    private Map<String, long[]> shingles(Collection<String> ids) throws SQLException {
        Map<String, long[]> out = new HashMap<>();
        KeysQuery.run(conn, "SELECT id, shingles FROM source_prints WHERE id IN (SELECT unnest(?::VARCHAR[])) ORDER BY id", ids,
                r -> {
                    java.nio.LongBuffer buf = ByteBuffer.wrap(r.getBytes(2)).asLongBuffer();
                    long[] v = new long[buf.remaining()];
                    buf.get(v);
                    out.put(r.getString(1), v);
                });
        return out;
    }

    /** The pages (doc ids) of a stored group. */
    private List<String> pagesOf(String root) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement s = conn.prepareStatement(
                "SELECT id FROM source_groups WHERE root = ? AND starts_with(id, 'p:')")) {
            s.setString(1, root);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(r.getString(1).substring(2));
                }
            }
        }
        return out;
    }
}
