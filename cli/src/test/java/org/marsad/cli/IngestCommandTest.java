package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.core.pipeline.PageResult;
import org.marsad.core.segment.Page;
import org.marsad.core.segment.PageFormat;
import org.marsad.core.segment.PageMeta;
import org.marsad.store.EventStore;

/** {@code marsad ingest}: exits, manifests, batches, missing dates (issues 17, 18, 19). */
class IngestCommandTest {
    @TempDir
    Path dir;

    private static final String[] TEXTS = {
        "قصف على القرية\n\nقصفت القوات التركية قرية صغيرة شمال حلب يوم السبت.\n",
        "مظاهرة في المدينة\n\nتظاهر مئات الطلاب في دمشق أمس احتجاجا على الغلاء.\n",
        "اشتباكات في الريف\n\nاشتبك مسلحون مع قوات الأمن قرب درعا يوم الأحد وقتل ثلاثة.\n",
        "اجتماع في العاصمة\n\nالتقى وزير الخارجية نظيره الأردني في عمان أمس.\n",
        "انفجار في السوق\n\nانفجرت عبوة ناسفة في سوق مزدحم في بغداد وأصيب عشرة أشخاص.\n"};

    private Path pages(String folder, int n) throws Exception {
        Path p = Files.createDirectories(dir.resolve(folder));
        for (int i = 0; i < n; i++) {
            Files.writeString(p.resolve("p" + i + ".txt"), TEXTS[i % TEXTS.length] + "رقم " + i + "\n",
                    StandardCharsets.UTF_8);
        }
        return p;
    }

    @Test
    void aMissingPathOrEveryFileSkippedExitsOneAndSaysWhich() throws Exception {
        Path db = dir.resolve("db");
        Path missing = dir.resolve("no-such-folder");
        CliRun r = CliRun.of("ingest", missing.toString(), "--db", db.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("1 input failed: " + missing), r.err());

        Path bad = Files.createDirectories(dir.resolve("bad"));
        Files.write(bad.resolve("empty.txt"), new byte[0]);
        Files.write(bad.resolve("binary.txt"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0, 9});
        CliRun all = CliRun.of("ingest", bad.toString(), "--db", db.toString());
        assertEquals(1, all.code(), all.err());
        assertTrue(all.err().contains("2 inputs failed"), all.err());

        Path good = pages("good", 2);
        CliRun ok = CliRun.of("ingest", good.toString(), "--db", db.toString(), "--published", "2024-11-10");
        assertEquals(0, ok.code(), ok.err());
        assertTrue(ok.err().contains("2 pages stored"), ok.err());
        CliRun none = CliRun.of("ingest", "--db", db.toString());
        assertEquals(2, none.code(), "no pages given is bad usage: " + none.err());
    }

    @Test
    void pagesAreStoredInBatchesOnThreadsAndOnceOnly() throws Exception {
        Path in = pages("many", 23);
        Path one = dir.resolve("one");
        Path four = dir.resolve("four");
        CliRun a = CliRun.of("ingest", in.toString(), "--db", one.toString(), "--threads", "1", "--batch", "100",
                "--published", "2024-11-10");
        CliRun b = CliRun.of("ingest", in.toString(), "--db", four.toString(), "--threads", "3", "--batch", "4",
                "--published", "2024-11-10");
        assertEquals(0, a.code(), a.err());
        assertEquals(0, b.code(), b.err());
        try (EventStore x = EventStore.open(one)) {
            try (EventStore y = EventStore.open(four)) {
                assertEquals(23, x.count("pages"));
                assertEquals(x.count("pages"), y.count("pages"));
                assertEquals(x.count("events"), y.count("events"));
                assertEquals(Set.copyOf(x.docIds()), Set.copyOf(y.docIds()));
                assertEquals(x.clusters().reportCount(), y.clusters().reportCount());
            }
        }
        CliRun again = CliRun.of("ingest", in.toString(), "--db", four.toString(), "--batch", "4");
        assertEquals(0, again.code(), again.err());
        assertTrue(again.err().contains("0 pages stored, 23 already there"), again.err());
    }

    @Test
    void aManifestGivesPathsUrlsAndDatesAndTheSamplesIndexReads() throws Exception {
        Path in = pages("m", 3);
        Path manifest = Files.writeString(dir.resolve("pages.tsv"), "# my pages\npath\turl\tpublished\n"
                + "m/p0.txt\thttps://example.org/a\t2024-03-01\n"
                + "m/p1.txt\t2024-03-02\n"
                + in.resolve("p2.txt") + "\n"
                + "m/p0.txt\tnot a url\tnot a date\n", StandardCharsets.UTF_8);
        Path db = dir.resolve("db");
        CliRun r = CliRun.of("ingest", "--manifest", manifest.toString(), "--db", db.toString());
        assertEquals(1, r.code(), "the bad line is a failed input: " + r.err());
        assertTrue(r.err().contains("pages.tsv line 6"), r.err());
        try (EventStore s = EventStore.open(db)) {
            assertEquals(3, s.count("pages"));
            var first = s.page(Page.docIdOf(Files.readAllBytes(in.resolve("p0.txt")))).orElseThrow();
            assertEquals("https://example.org/a", first.url());
            assertEquals("2024-03-01", first.published());
            var second = s.page(Page.docIdOf(Files.readAllBytes(in.resolve("p1.txt")))).orElseThrow();
            assertEquals("2024-03-02", second.published());
        }
        Path samples = Path.of("..", "samples", "index.tsv");
        CliRun sample = CliRun.of("extract", "--manifest", samples.toString(), "-o", dir.resolve("s.jsonl").toString());
        assertEquals(0, sample.code(), sample.err());
        long listed = Files.readAllLines(samples).stream().filter(l -> !l.isBlank() && !l.startsWith("#")).count();
        assertTrue(sample.err().contains(listed + " pages"), sample.err());
    }

    @Test
    void pagesWithoutADateAreNotedOncePerBatch() throws Exception {
        Path in = pages("undated", 5);
        CliRun r = CliRun.of("ingest", in.toString(), "--db", dir.resolve("a").toString(), "--batch", "2",
                "--threads", "1");
        assertEquals(0, r.code(), r.err());
        long notes = r.err().lines().filter(l -> l.contains("no publication date")).count();
        assertEquals(3, notes, "batches of 2, 2 and 1 pages: " + r.err());
        assertTrue(r.err().contains("2 pages of this batch have no publication date"), r.err());
        CliRun dated = CliRun.of("ingest", in.toString(), "--db", dir.resolve("b").toString(), "--published",
                "2024-11-10");
        assertFalse(dated.err().contains("no publication date"), dated.err());
    }

    @Test
    void whileAServerHoldsTheStoreIngestNamesItInsteadOfALockError() throws Exception {
        Path db = StoreFixtures.filled(dir);
        Path in = pages("more", 2);
        picocli.CommandLine serve = Marsad.commandLine().getSubcommands().get("serve");
        serve.setOut(new PrintWriter(new StringWriter(), true));
        try (EventStore s = EventStore.open(db)) {
            io.javalin.Javalin app = ServeCommand.start(serve.getCommandSpec(), s,
                    org.marsad.server.ServerConfig.local(0, null));
            try {
                var running = StoreAccess.running(db).orElseThrow();
                CliRun r = CliRun.of("ingest", in.toString(), "--db", db.toString());
                assertEquals(1, r.code(), r.err());
                assertTrue(r.err().contains("a marsad server is running on the store"), r.err());
                assertTrue(r.err().contains(running.url().toString()), r.err());
                assertTrue(r.err().contains("POST " + running.url() + "api/pages"), r.err());
                assertFalse(r.err().toLowerCase(java.util.Locale.ROOT).contains("conflicting lock"), r.err());
            } finally {
                app.stop();
                StoreAccess.withdraw(db);
            }
        }
    }

    @Test
    void extractOnThreadsWritesWhatOneThreadWrites() throws Exception {
        Path in = pages("x", 40);
        Path one = dir.resolve("one.jsonl");
        Path three = dir.resolve("three.jsonl");
        assertEquals(0, CliRun.of("extract", in.toString(), "--threads", "1", "-o", one.toString(), "--published",
                "2024-11-10").code());
        assertEquals(0, CliRun.of("extract", in.toString(), "--threads", "3", "-o", three.toString(), "--published",
                "2024-11-10").code());
        List<String> a = Files.readAllLines(one);
        assertTrue(a.size() >= 40, "the pages give events: " + a.size());
        assertEquals(a, Files.readAllLines(three), "same records in the same order");
    }

    private static void coded(StoreBatches batches, int from, int to) {
        for (int i = from; i < to; i++) {
            Page p = Page.of("p" + i + ".txt", PageFormat.SCRAPED_TEXT, TEXTS[i % TEXTS.length] + "رقم " + i + "\n",
                    new PageMeta(null, null, LocalDate.of(2024, 11, 10), null));
            batches.coded(p, new PageResult(p, List.of(), List.of()));
        }
    }

    @Test
    void onceTheInputHasEndedTheHeldPagesAreStoredButNotAHandful() throws Exception {
        try (EventStore db = EventStore.open(dir.resolve("drain"))) {
            StoreBatches batches = new StoreBatches(db, new PrintWriter(new StringWriter(), true), 1_000, 60_000,
                    true);
            coded(batches, 0, StoreBatches.DRAIN_MIN - 1);
            batches.drain();
            assertEquals(0, batches.stored, "fewer than " + StoreBatches.DRAIN_MIN + " pages wait for more");
            coded(batches, StoreBatches.DRAIN_MIN - 1, 150);
            batches.drain();
            assertEquals(150, batches.stored, "the batch is stored before it is full");
            assertEquals(1, batches.drained);
            coded(batches, 150, 160);
            batches.end();
            assertEquals(160, batches.stored);
            assertEquals(160, db.count("pages"));
        }
        try (EventStore db = EventStore.open(dir.resolve("small"))) {
            StoreBatches small = new StoreBatches(db, new PrintWriter(new StringWriter(), true), 2, 60_000, true);
            coded(small, 0, 1);
            small.drain();
            assertEquals(0, small.stored, "a batch of 2 is not stored at 1 page");
        }
    }

    @Test
    void aBatchTheStoreRefusesIsReportedAndTheNextStartsEmpty() throws Exception {
        EventStore closed = EventStore.open(dir.resolve("closed"));
        closed.close();
        StringWriter err = new StringWriter();
        StoreBatches batches = new StoreBatches(closed, new PrintWriter(err, true), 2, 60_000, true);
        for (int i = 0; i < 4; i++) {
            Page p = Page.of("p" + i + ".txt", PageFormat.SCRAPED_TEXT, TEXTS[i], new PageMeta(null, null,
                    LocalDate.of(2024, 11, 10), null));
            batches.coded(p, new PageResult(p, List.of(), List.of()));
        }
        batches.end();
        assertEquals(List.of("p0.txt", "p1.txt", "p2.txt", "p3.txt"), batches.failed,
                "each page reported once: a failed batch is not carried into the next");
        assertEquals(0, batches.stored);
    }
}
