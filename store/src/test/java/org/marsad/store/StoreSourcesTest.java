package org.marsad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.core.dedup.ClusterJson;
import org.marsad.core.dedup.EventClusterer;
import org.marsad.core.dedup.Sources;
import org.marsad.core.pipeline.PageResult;
import org.marsad.core.segment.Article;
import org.marsad.core.segment.Block;
import org.marsad.core.segment.BlockKind;
import org.marsad.core.segment.Page;
import org.marsad.core.segment.PageFormat;
import org.marsad.core.segment.PageMeta;
import org.marsad.model.DatePrecision;
import org.marsad.model.Event;
import org.marsad.model.EventDate;
import org.marsad.model.EventStatus;
import org.marsad.model.EventType;
import org.marsad.model.GeoPrecision;
import org.marsad.model.Location;
import org.marsad.model.Size;
import org.marsad.model.Span;
import org.marsad.model.Trigger;

/**
 * Near-duplicate pages count as one source in the store as in memory ({@link Sources}): a republished page, or a
 * page carrying another's sentence, adds a report to a happening but not a source. The sentences are this test's own.
 */
class StoreSourcesTest {
    @TempDir
    Path dir;

    /** A story of a shelling, told at length (five sentences). */
    private static final String SHELLING = "أفاد مراسلنا بأن قصفا مدفعيا استهدف صباح اليوم بلدة الزيتون الواقعة شمال "
            + "المحافظة. وقال سكان إن القذائف سقطت على السوق المركزي وأحياء سكنية مجاورة. وأكدت فرق الإسعاف مقتل "
            + "خمسة مدنيين وإصابة آخرين بجروح متفاوتة. وأضاف المصدر أن الطرق المؤدية إلى البلدة أغلقت أمام حركة "
            + "السيارات حتى المساء. وطالبت منظمات محلية بفتح تحقيق مستقل في ملابسات الحادث.";
    /** Another outlet's story of the same shelling, in its own words. */
    private static final String OTHER_OUTLET = "ذكرت مصادر طبية أن خمسة أشخاص لقوا حتفهم جراء قذائف سقطت على سوق "
            + "بلدة الزيتون. وأشارت المصادر إلى أن عدد الجرحى مرشح للارتفاع بسبب خطورة بعض الإصابات. ولم تعلن أي "
            + "جهة مسؤوليتها عن القصف حتى الآن.";
    /** A story of its own (a council meeting), to carry other stories' sentences. */
    private static final String COUNCIL = "عقد المجلس البلدي اجتماعا طارئا لمناقشة أزمة المياه في الأحياء الشرقية. "
            + "وقرر المجلس توزيع صهاريج على المدارس والمستشفيات خلال الأسبوع المقبل.";
    private static final Location TOWN = new Location("بلدة الزيتون", 0, 12, null, "الزيتون", 9L, 35.1, 36.7, "SY",
            null, "PPL", GeoPrecision.TOWN);
    private static final Location CITY = new Location("المدينة", 0, 7, null, "المدينة", 8L, 33.5, 36.3, "SY", null,
            "PPL", GeoPrecision.TOWN);

    /** A page of the outlet's text; one event per given sentence (its first words), of the given type and place. */
    private static PageResult page(String outlet, String body, EventType type, Location where, String day,
                                   String... sentences) {
        String text = outlet + "\n\n" + body;
        Page page = Page.of(outlet + ".txt", PageFormat.SCRAPED_TEXT, text,
                new PageMeta(null, outlet, LocalDate.parse(day), null));
        int start = outlet.length() + 2;
        Article a = new Article(0, outlet, new Span(0, outlet.length()),
                List.of(new Block(BlockKind.BODY, new Span(start, text.length()))), false);
        List<Event> events = new ArrayList<>();
        for (String s : sentences) {
            int at = text.indexOf(s);
            int end = text.indexOf('.', at) + 1;
            Trigger t = new Trigger(text.substring(at, at + 3), at, at + 3);
            events.add(new Event(Event.idFor(page.docId(), 0, t, type), page.docId(), 0, type, null, null, null, null,
                    EventStatus.OCCURRED, null, null, t, new EventDate(day, DatePrecision.DAY, null, null, null),
                    where, Size.NONE, new Span(at, end), null, "test", 0.7));
        }
        return new PageResult(page, List.of(a), events);
    }

    private static List<String> inMemory(List<PageResult> pages) {
        Sources sources = new Sources();
        List<Event> events = new ArrayList<>();
        for (PageResult p : pages) {
            sources.page(p.page().docId(), p.page().text(), p.events());
            events.addAll(p.events());
        }
        return new EventClusterer(sources::of).cluster(events).stream().map(ClusterJson::toJson).sorted().toList();
    }

    private static List<String> stored(EventStore s) {
        return s.clusters().records(ClusterQuery.all()).stream().sorted().toList();
    }

    private static String only(EventStore s, String type) {
        List<String> all = s.clusters().records(new ClusterQuery(type, null, null, 2, 10, 0));
        assertEquals(1, all.size(), all.toString());
        return all.get(0);
    }

    @Test
    void bandKeysHashedFromThePrintAreThoseOfHashingEachBandsText() {
        Random r = new Random(3);
        for (int i = 0; i < 30; i++) {
            StringBuilder t = new StringBuilder();
            for (int w = 0; w < r.nextInt(40); w++) {
                t.append("خبر").append(r.nextInt(300)).append(' ');
            }
            for (String kind : List.of("p", "s")) {
                SourceGroups.Made m = SourceGroups.Made.of(kind, t.toString());
                List<String> bands = m.print().bands();
                assertEquals(bands.size(), m.keys().length);
                for (int b = 0; b < bands.size(); b++) {
                    assertEquals(SourceGroups.bandKey(kind, bands.get(b)), m.keys()[b], kind + " " + bands.get(b));
                }
            }
        }
    }

    @Test
    void aRepublishedPageAddsAReportButNotASource() {
        var first = page("موقع أ", SHELLING, EventType.ASSAULT, TOWN, "2024-11-05", "وأكدت فرق الإسعاف");
        var other = page("موقع ب", OTHER_OUTLET, EventType.ASSAULT, TOWN, "2024-11-05", "ذكرت مصادر طبية");
        var republished = page("موقع ج ينقل عن موقع أ", SHELLING, EventType.ASSAULT, TOWN, "2024-11-05",
                "وأكدت فرق الإسعاف");
        try (EventStore s = EventStore.open(dir)) {
            s.storeBatch(List.of(first, other));
            assertTrue(only(s, "ASSAULT").contains("\"docs\":2,\"sources\":2"), only(s, "ASSAULT"));
            s.storeBatch(List.of(republished));
            assertTrue(only(s, "ASSAULT").contains("\"docs\":3,\"sources\":2"), only(s, "ASSAULT"));
            assertEquals(inMemory(List.of(first, other, republished)), stored(s));
        }
    }

    @Test
    void aLaterPageCarryingSentencesOfTwoStoriesMakesThemOneSourceInTheStoredHappening() {
        // the council page carries one sentence of each shelling story, each read as a protest in the city: the
        // shelling's cluster gets no new report, but its two pages are now one source
        var first = page("موقع أ", SHELLING, EventType.ASSAULT, TOWN, "2024-11-05", "وأكدت فرق الإسعاف");
        var other = page("موقع ب", OTHER_OUTLET, EventType.ASSAULT, TOWN, "2024-11-05", "ذكرت مصادر طبية");
        String carried = COUNCIL + " وأكدت فرق الإسعاف مقتل خمسة مدنيين وإصابة آخرين بجروح متفاوتة. ذكرت مصادر "
                + "طبية أن خمسة أشخاص لقوا حتفهم جراء قذائف سقطت على سوق بلدة الزيتون.";
        var council = page("موقع د", carried, EventType.PROTEST, CITY, "2024-11-05", "وأكدت فرق الإسعاف",
                "ذكرت مصادر طبية");
        try (EventStore s = EventStore.open(dir)) {
            s.storeBatch(List.of(first, other));
            assertTrue(only(s, "ASSAULT").contains("\"docs\":2,\"sources\":2"), only(s, "ASSAULT"));
            s.storeBatch(List.of(council));
            assertEquals(inMemory(List.of(first, other, council)), stored(s));
            assertTrue(only(s, "ASSAULT").contains("\"docs\":2,\"sources\":1"), only(s, "ASSAULT"));
        }
    }

    @Test
    void aStoreWrittenBeforeFingerprintsCountsItsSourcesOnceOpened() throws Exception {
        var first = page("موقع أ", SHELLING, EventType.ASSAULT, TOWN, "2024-11-05", "وأكدت فرق الإسعاف");
        var other = page("موقع ب", OTHER_OUTLET, EventType.ASSAULT, TOWN, "2024-11-05", "ذكرت مصادر طبية");
        var republished = page("موقع ج ينقل عن موقع أ", SHELLING, EventType.ASSAULT, TOWN, "2024-11-05",
                "وأكدت فرق الإسعاف");
        try (EventStore s = EventStore.open(dir)) {
            s.storeBatch(List.of(first, other, republished));
        }
        // as a store written before: no fingerprints, each page its own source
        try (var c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + dir.resolve(EventStore.FILE));
             var st = c.createStatement()) {
            st.execute("DELETE FROM source_groups");
            st.execute("DELETE FROM source_bands");
            st.execute("DELETE FROM source_prints");
            st.execute("UPDATE clusters SET record = regexp_replace(record, '\"sources\":[0-9]+', "
                    + "'\"sources\":' || docs)");
        }
        try (EventStore s = EventStore.open(dir)) {
            assertTrue(only(s, "ASSAULT").contains("\"docs\":3,\"sources\":2"), only(s, "ASSAULT"));
            assertEquals(inMemory(List.of(first, other, republished)), stored(s));
        }
    }

    @Test
    void theBandKeysAreKeptWithoutAnIndexAndAnOlderStoresIndexIsDropped() throws Exception {
        try (EventStore s = EventStore.open(dir)) {
            assertEquals(0L, indexes());
        }
        try (var c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + dir.resolve(EventStore.FILE));
             var st = c.createStatement()) {
            st.execute("CREATE INDEX source_bands_band ON source_bands (band)"); // as stores were written before
        }
        var first = page("موقع أ", SHELLING, EventType.ASSAULT, TOWN, "2024-11-05", "وأكدت فرق الإسعاف");
        var republished = page("موقع ج ينقل عن موقع أ", SHELLING, EventType.ASSAULT, TOWN, "2024-11-05",
                "وأكدت فرق الإسعاف");
        try (EventStore s = EventStore.open(dir)) {
            s.storeBatch(List.of(first));
            s.storeBatch(List.of(republished));
            assertTrue(only(s, "ASSAULT").contains("\"docs\":2,\"sources\":1"), only(s, "ASSAULT"));
        }
        assertEquals(0L, indexes());
    }

    @Test
    void bandKeysKeptAsTextByAnOlderStoreAreHashedOnOpenAndStillFindTheirDuplicates() throws Exception {
        var first = page("موقع أ", SHELLING, EventType.ASSAULT, TOWN, "2024-11-05", "وأكدت فرق الإسعاف");
        var republished = page("موقع ج ينقل عن موقع أ", SHELLING, EventType.ASSAULT, TOWN, "2024-11-05",
                "وأكدت فرق الإسعاف");
        try (EventStore s = EventStore.open(dir)) {
            s.storeBatch(List.of(first));
        }
        String sql = "SELECT band, id FROM source_bands ORDER BY band, id";
        List<String> hashed = rows(dir, sql);
        assertFalse(hashed.isEmpty());
        try (var c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + dir.resolve(EventStore.FILE));
             var st = c.createStatement()) {
            // the older layout: each band key as the text "kind|band"
            st.execute("CREATE TABLE old_bands (band VARCHAR, id VARCHAR)");
            try (var ins = c.prepareStatement("INSERT INTO old_bands VALUES (?, ?)")) {
                for (var e : SourceGroups.prints(first.page().docId(), first.page().text(), first.events()).entrySet()) {
                    for (String band : e.getValue().print().bands()) {
                        ins.setString(1, e.getKey().substring(0, 1) + "|" + band);
                        ins.setString(2, e.getKey());
                        ins.executeUpdate();
                    }
                }
            }
            st.execute("DROP TABLE source_bands");
            st.execute("ALTER TABLE old_bands RENAME TO source_bands");
        }
        EventStore.open(dir).close();
        assertEquals(hashed, rows(dir, sql), "the text keys hashed as the store now writes them");
        try (EventStore s = EventStore.open(dir)) {
            s.storeBatch(List.of(republished));
            assertTrue(only(s, "ASSAULT").contains("\"docs\":2,\"sources\":1"), only(s, "ASSAULT"));
        }
    }

    /** The indexes on the band keys' table. */
    private long indexes() throws Exception {
        try (var c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + dir.resolve(EventStore.FILE));
             var st = c.createStatement();
             var r = st.executeQuery("SELECT count(*) FROM duckdb_indexes() WHERE table_name = 'source_bands'")) {
            r.next();
            return r.getLong(1);
        }
    }

    @Test
    void randomPagesInRandomBatchesCountTheSourcesOfAllAtOnce() {
        String[] bodies = {SHELLING, OTHER_OUTLET, COUNCIL + " " + SHELLING.substring(0, SHELLING.indexOf('.') + 1),
            COUNCIL};
        String[][] eventSentences = {{"أفاد مراسلنا", "وأكدت فرق الإسعاف"}, {"ذكرت مصادر طبية"}, {"أفاد مراسلنا"},
            {"عقد المجلس"}};
        for (int seed = 1; seed <= 2; seed++) {
            Random r = new Random(seed);
            List<PageResult> pages = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                int b = r.nextInt(bodies.length);
                pages.add(page("موقع " + i, bodies[b], r.nextBoolean() ? EventType.ASSAULT : EventType.PROTEST,
                        r.nextInt(3) == 0 ? CITY : TOWN, "2024-11-0" + (1 + r.nextInt(4)), eventSentences[b]));
            }
            List<String> expected = inMemory(pages);
            assertTrue(expected.stream().anyMatch(c -> {
                int docs = Integer.parseInt(c.replaceAll(".*\"docs\":(\\d+).*", "$1"));
                int sources = Integer.parseInt(c.replaceAll(".*\"sources\":(\\d+).*", "$1"));
                return sources < docs;
            }), "some happening has fewer sources than pages");
            Collections.shuffle(pages, r);
            try (EventStore s = EventStore.open(dir.resolve("s" + seed))) {
                for (int from = 0; from < pages.size(); ) {
                    int to = Math.min(pages.size(), from + 1 + r.nextInt(10));
                    s.storeBatch(pages.subList(from, to));
                    from = to;
                }
                assertEquals(expected, stored(s), "seed " + seed);
            }
        }
    }

    @Test
    void pagesPreparedOnOtherThreadsAreStoredAsTheSamePagesUnprepared() throws Exception {
        String[] bodies = {SHELLING, OTHER_OUTLET, COUNCIL + " " + SHELLING.substring(0, SHELLING.indexOf('.') + 1),
            COUNCIL};
        String[][] eventSentences = {{"أفاد مراسلنا", "وأكدت فرق الإسعاف"}, {"ذكرت مصادر طبية"}, {"أفاد مراسلنا"},
            {"عقد المجلس"}};
        Random r = new Random(3);
        List<PageResult> pages = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int b = r.nextInt(bodies.length);
            pages.add(page("موقع " + i, bodies[b], r.nextBoolean() ? EventType.ASSAULT : EventType.PROTEST,
                    r.nextInt(3) == 0 ? CITY : TOWN, "2024-11-0" + (1 + r.nextInt(4)), eventSentences[b]));
        }
        pages.add(pages.get(5)); // a repeat, refused as a duplicate either way
        List<PreparedPage> prepared = pages.parallelStream().map(PreparedPage::of).toList();
        PageResult first = pages.get(0);
        assertEquals(1 + first.events().size(), prepared.get(0).prints().size(), "the page and each event's sentence");
        assertTrue(prepared.get(0).prints().containsKey("p:" + first.page().docId()));
        try (EventStore plain = EventStore.open(dir.resolve("plain"));
             EventStore ready = EventStore.open(dir.resolve("prepared"))) {
            for (int from = 0; from < pages.size(); from += 7) {
                int to = Math.min(pages.size(), from + 7);
                assertEquals(plain.storeBatch(pages.subList(from, to)).outcomes(),
                        ready.storePrepared(prepared.subList(from, to)).outcomes());
            }
            assertEquals(inMemory(pages.subList(0, 40)), stored(ready));
        }
        for (String sql : new String[] {"SELECT id, record FROM events ORDER BY id",
            "SELECT id, root FROM source_groups ORDER BY id", "SELECT band, id FROM source_bands ORDER BY band, id",
            "SELECT id, hex(shingles) FROM source_prints ORDER BY id", "SELECT id, record FROM clusters ORDER BY id",
            "SELECT doc_id, text FROM pages ORDER BY doc_id"}) {
            List<String> a = rows(dir.resolve("plain"), sql);
            assertFalse(a.isEmpty(), sql);
            assertEquals(a, rows(dir.resolve("prepared"), sql), sql);
        }
    }

    private static List<String> rows(Path store, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (var c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + store.resolve(EventStore.FILE));
             var st = c.createStatement(); var r = st.executeQuery(sql)) {
            while (r.next()) {
                out.add(r.getString(1) + "\t" + r.getString(2));
            }
        }
        return out;
    }

    /** Words to make stories of their own from (this test's own). */
    private static final String[] WORDS = ("المجلس الطريق الجسر المدرسة الميناء القرية الوادي السوق المستشفى الحقل "
            + "المياه الكهرباء القطار الحافلة الشتاء المطر الرياح الجبل النهر المصنع الحديقة الملعب المكتبة الجامعة "
            + "اللجنة الوزير المحافظ الشرطة السكان التجار").split(" ");

    /** A story of random words: three sentences of twelve. */
    private static String story(Random r) {
        StringBuilder b = new StringBuilder();
        for (int s = 0; s < 3; s++) {
            for (int w = 0; w < 12; w++) {
                b.append(w == 0 ? "" : " ").append(WORDS[r.nextInt(WORDS.length)]);
            }
            b.append(s == 2 ? "." : ". ");
        }
        return b.toString();
    }

    @Test
    void aBatchRepublishingManyStoredStoriesLooksThemAllUpAtOnce() {
        // the second batch asks for thousands of band keys (100 pages, two texts each, 16 bands a text), half of
        // them stored by the first batch: one look-up for all, as the batches of an ingest do
        Random r = new Random(7);
        List<PageResult> first = new ArrayList<>();
        List<PageResult> second = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String body = story(r);
            String day = "2024-11-0" + (1 + i % 4);
            String opening = body.substring(0, body.indexOf(' ', body.indexOf(' ') + 1));
            first.add(page("موقع " + i, body, EventType.ASSAULT, TOWN, day, opening));
            second.add(page("ناشر " + i, body, EventType.ASSAULT, TOWN, day, opening));
            String fresh = story(r);
            second.add(page("جديد " + i, fresh, EventType.ASSAULT, TOWN, day,
                    fresh.substring(0, fresh.indexOf(' ', fresh.indexOf(' ') + 1))));
        }
        List<PageResult> all = new ArrayList<>(first);
        all.addAll(second);
        List<String> expected = inMemory(all);
        assertTrue(expected.stream().anyMatch(c -> {
            int docs = Integer.parseInt(c.replaceAll(".*\"docs\":(\\d+).*", "$1"));
            int sources = Integer.parseInt(c.replaceAll(".*\"sources\":(\\d+).*", "$1"));
            return sources < docs && sources > 1;
        }), "a happening of several sources, some of them republished");
        try (EventStore s = EventStore.open(dir.resolve("many"))) {
            s.storeBatch(first);
            s.storeBatch(second);
            assertEquals(expected, stored(s));
        }
    }
}
