package org.marsad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.core.dedup.ClusterJson;
import org.marsad.core.dedup.EventClusterer;
import org.marsad.core.pipeline.Pipeline;
import org.marsad.core.segment.Diagnostic;
import org.marsad.core.segment.Page;
import org.marsad.core.segment.PageReader;
import org.marsad.core.segment.PageSink;
import org.marsad.model.Event;
import org.marsad.export.EventJson;
import org.marsad.store.ClusterQuery;
import org.marsad.store.EventStore;

/**
 * The job on {@code local[2]} over the project's own sample pages, hand-written reports of one bombing from
 * three outlets and a WARC archive: its events equal, record for record, those the extract path gives; its clusters equal those
 * of the in-memory clusterer and those {@code marsad ingest} keeps in the store. Slow (a Spark session, the
 * lexicons twice): run with {@code ./mvnw -pl spark -am test -Pspark-it -Dtest='org.marsad.spark.*IT'
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class SparkJobIT {
    private static SparkSession spark;
    @TempDir
    static Path out;
    @TempDir
    static Path crawl;
    private static SparkJob.Summary summary;
    private static List<String> inputs;
    private static List<Event> extracted;

    @BeforeAll
    static void run() throws URISyntaxException, java.io.IOException {
        Path reports = Path.of(SparkJobIT.class.getResource("pages").toURI());
        Warcs.write(crawl.resolve("crawl.warc.gz"));
        inputs = List.of(Path.of("../samples").toAbsolutePath().normalize().toString(), reports.toString(),
                crawl.toString());
        spark = SparkSession.builder().master("local[2]").appName("marsad-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4").getOrCreate();
        summary = new SparkJob(spark, null).run(inputs, out.toString());
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void sparkEventsEqualTheExtractPathRecordForRecord() {
        List<String> expected = extractPath().stream().map(EventJson::toJson).sorted().toList();
        List<String> actual = column("events", "record");
        assertTrue(expected.size() > 20, "the samples yield events");
        assertEquals(expected, actual);
        assertEquals(expected.size(), summary.events());
        assertEquals(0, summary.problems(), "gold files, README and index are skipped as extract skips them");
    }

    @Test
    void sparkClustersEqualTheInMemoryClusters() {
        List<Event> events = extractPath();
        List<String> expected = new EventClusterer(sources::of).cluster(events).stream().map(ClusterJson::toJson)
                .sorted().toList();
        List<String> actual = column("clusters", "record");
        assertEquals(expected, actual);
        assertTrue(actual.stream().anyMatch(c -> c.matches(".*\"mentions\":([3-9]|[1-9][0-9]+),.*")),
                "three outlets and a crawled page, one bombing");
    }

    @Test
    void tablesArePartitionedByMonth() {
        List<Row> months = spark.read().parquet(out.resolve("events").toString()).select("month").distinct()
                .collectAsList();
        assertTrue(months.stream().anyMatch(r -> "2024-03".equals(r.getString(0))), months.toString());
        long articles = spark.read().parquet(out.resolve("articles").toString()).count();
        assertEquals(summary.articles(), articles);
    }

    @Test
    void theEventsTableReadsBackWithTheExportSchema() {
        var written = spark.read().parquet(out.resolve("events").toString()).schema();
        assertEquals(java.util.Arrays.stream(Tables.EVENTS.fields()).map(f -> f.name() + ":" + f.dataType()).toList(),
                java.util.Arrays.stream(written.fields()).map(f -> f.name() + ":" + f.dataType()).toList(),
                "the columns of export --format parquet, month (the partition) last");
    }

    @Test
    void sparkClustersEqualTheClustersTheStoreKeepsPageByPage(@TempDir Path db) {
        Pipeline pipeline = Pipelines.get();
        try (EventStore store = EventStore.open(db)) {
            PageSink sink = new PageSink() {
                @Override
                public void page(Page page) {
                    store.store(pipeline.process(page));
                }

                @Override
                public void problem(Diagnostic d) {
                    throw new AssertionError("the inputs are readable: " + d);
                }
            };
            for (String in : inputs) {
                new PageReader().read(Path.of(in), sink);
            }
            List<String> kept = store.clusters().records(ClusterQuery.all()).stream().sorted().toList();
            assertEquals(column("clusters", "record"), kept);
        }
    }

    @Test
    void aRepublishedPageIsTheSourceOfTheFirstAndAnotherStoryIsNot() {
        // the test's own sentences: a story, the same story republished under another heading, another story
        String story = "أفاد شهود بأن قذائف سقطت مساء أمس على سوق بلدة الزيتون فقتلت خمسة مدنيين. وقال مسعفون إن "
                + "الجرحى نقلوا إلى مستشفى المدينة القريبة. وأغلقت الطرق المؤدية إلى البلدة حتى الصباح.";
        String other = "افتتح وزير التربية مدرسة جديدة في الحي الغربي بحضور أولياء الأمور والمعلمين.";
        List<SourcePrint> prints = new ArrayList<>();
        String[][] pages = {{"p:a", "موقع أ\n" + story}, {"p:b", "موقع ب ينقل\n" + story}, {"p:c", other}};
        for (String[] page : pages) {
            var p = org.marsad.core.dedup.NearDuplicates.print(page[1]);
            prints.add(new SourcePrint(page[0], "p", null, p.shingles(), p.bands()));
        }
        var s = org.marsad.core.dedup.NearDuplicates.print("وأغلقت الطرق المؤدية إلى البلدة حتى الصباح.");
        prints.add(new SourcePrint("s:c|0|10", "s", "p:c", s.shingles(), s.bands()));
        prints.add(new SourcePrint("s:a|0|10", "s", "p:a", s.shingles(), s.bands()));
        var sc = org.apache.spark.api.java.JavaSparkContext.fromSparkContext(spark.sparkContext());
        java.util.Map<String, String> roots = SparkSources.roots(sc.parallelize(prints, 2));
        assertEquals("p:a", roots.get("p:b"), "a republished page is the first page's source");
        assertEquals("p:a", roots.get("p:c"), "a page sharing an event's sentence is one source with it");
        prints.remove(prints.size() - 1);
        roots = SparkSources.roots(sc.parallelize(prints, 2));
        assertEquals("p:a", roots.get("p:b"));
        assertEquals("p:c", roots.get("p:c"), "another story is its own source");
    }

    private static List<String> column(String table, String name) {
        List<String> out2 = new ArrayList<>();
        for (Row r : spark.read().parquet(out.resolve(table).toString()).select(name).collectAsList()) {
            out2.add(r.getString(0));
        }
        out2.sort(null);
        return out2;
    }

    /** What {@code marsad extract} does: read each input with PageReader, code each page with the pipeline. */
    /** The extract path's pages as sources (near-duplicate pages one source), filled by {@link #extractPath}. */
    private static final org.marsad.core.dedup.Sources sources = new org.marsad.core.dedup.Sources();

    static List<Event> extractPath() {
        if (extracted != null) {
            return extracted;
        }
        Pipeline pipeline = Pipelines.get();
        List<Event> events = new ArrayList<>();
        PageSink sink = new PageSink() {
            @Override
            public void page(Page page) {
                var result = pipeline.process(page);
                events.addAll(result.events());
                sources.page(page.docId(), page.text(), result.events());
            }

            @Override
            public void problem(Diagnostic d) {
                throw new AssertionError("the inputs are readable: " + d);
            }
        };
        for (String in : inputs) {
            new PageReader().read(Path.of(in), sink);
        }
        extracted = List.copyOf(events);
        return extracted;
    }
}
