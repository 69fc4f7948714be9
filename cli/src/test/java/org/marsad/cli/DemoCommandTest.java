package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.marsad.core.pipeline.PageResult;
import org.marsad.core.segment.Article;
import org.marsad.core.segment.Block;
import org.marsad.core.segment.BlockKind;
import org.marsad.core.segment.Page;
import org.marsad.core.segment.PageFormat;
import org.marsad.core.segment.PageMeta;
import org.marsad.model.DatePrecision;
import org.marsad.model.Entity;
import org.marsad.model.Event;
import org.marsad.model.EventDate;
import org.marsad.model.EventStatus;
import org.marsad.model.EventType;
import org.marsad.model.Location;
import org.marsad.model.Sector;
import org.marsad.model.Size;
import org.marsad.model.Span;
import org.marsad.model.Trigger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        // the demo serves its web map until stopped; these tests check only what it prints
        String[] all = java.util.Arrays.copyOf(args, args.length + 1);
        all[args.length] = "--no-serve";
        return CliRun.of(args.length > 0 && args[0].equals("demo") ? all : args);
    }

    @Test
    void theDemoListsEveryBundledSamplePageAndPointsToExtractAndEval() throws Exception {
        CliRun r = run("demo");
        assertEquals(0, r.code(), r.err());
        for (Path p : SamplesGoldTest.pages()) {
            assertTrue(r.out().contains("== " + p.getFileName()), "the summary names " + p.getFileName());
        }
        assertTrue(r.out().contains("Totals: " + SamplesGoldTest.pages().size() + " pages"), r.out());
        assertTrue(r.out().contains("marsad extract") && r.out().contains("marsad eval articles samples"), r.out());
    }

    @Test
    void bundledPagesAreDatedByTheIndex() {
        Map<String, LocalDate> index = DemoCommand.parseIndex("# page\tpublished\na.txt\t2025-01-15\n", "t");
        assertEquals(Map.of("a.txt", LocalDate.of(2025, 1, 15)), index);
        assertTrue(DemoCommand.bundledPages().stream().allMatch(p -> p.meta().published() != null),
                "every bundled page has a publication date");
    }

    @Test
    void aBadIndexLineFailsWithItsLineNumber() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DemoCommand.parseIndex("a.txt\t2025-01-15\nb.txt\t15/01/2025\n", "idx"));
        assertTrue(e.getMessage().startsWith("idx:2:"), e.getMessage());
    }

    @Test
    void jsonModePrintsOneValidRecordALine() throws Exception {
        CliRun r = run("demo", "--json");
        assertEquals(0, r.code(), r.err());
        ObjectMapper json = new ObjectMapper();
        for (String line : r.out().split("\n")) {
            if (!line.isBlank()) {
                JsonNode n = json.readTree(line);
                assertEquals("marsad.event/1", n.get("schema").asText(), line);
            }
        }
        assertTrue(!r.out().contains("Totals:"), "JSON mode prints records only");
    }

    @Test
    void anotherFolderCanBeShownWithItsOwnIndex() throws Exception {
        Files.writeString(dir.resolve("خبر.txt"), "اشتباكات قرب الحدود\n\nاندلعت اشتباكات مساء الأحد قرب بلدة حدودية.\n",
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("notes.md"), "not a page", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("index.tsv"), "خبر.txt\t2025-03-03\n", StandardCharsets.UTF_8);
        CliRun r = run("demo", "--samples", dir.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("== خبر.txt (published 2025-03-03)"), r.out());
        assertTrue(r.out().contains("Totals: 1 pages"), "only *.txt files are pages: " + r.out());
    }

    @Test
    void aFolderWithoutPagesSaysWhatToDo() {
        CliRun r = run("demo", "--samples", dir.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("--samples DIR"), r.err());
        CliRun missing = run("demo", "--samples", dir.resolve("nowhere").toString());
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("is not a folder"), missing.err());
    }

    @Test
    void thePageSummaryMarksTeasersAndShowsOneRowPerEvent() {
        String text = "عنوان الخبر\n\nقصفت مدفعية الجيش بلدة صغيرة أمس فقتل خمسة.\n\nعنوان خبر ذي صلة\n";
        Page page = Page.of("p.txt", PageFormat.SCRAPED_TEXT, text, new PageMeta(null, null, LocalDate.of(2025, 3, 3), null));
        int t = text.indexOf("قصفت");
        int place = text.indexOf("بلدة صغيرة");
        Event e = new Event("e-1", page.docId(), 0, EventType.ASSAULT, null, List.of(), null, 4, EventStatus.OCCURRED,
                new Entity("مدفعية الجيش", t + 5, t + 17, "SYRMIL", "SYR", Sector.MIL, null), null,
                new Trigger("قصفت", t, t + 4), new EventDate("2025-03-02", DatePrecision.DAY, "أمس", null, null),
                new Location("بلدة صغيرة", place, place + 10, null, null, null, null, null, null, null, null, null),
                new Size(5, null, null, null, false), new Span(t, text.indexOf('.') + 1), null, "test", 0.5);
        Article main = new Article(0, "عنوان الخبر", new Span(0, 11), List.of(new Block(BlockKind.BODY, e.sentence())), false);
        Article teaser = new Article(1, "عنوان خبر ذي صلة", null, List.of(), true);
        StringWriter out = new StringWriter();
        DemoCommand.printPage(new PrintWriter(out, true), new PageResult(page, List.of(main, teaser), List.of(e)));
        String s = out.toString();
        assertTrue(s.contains("articles: 1 (1 teasers)"), s);
        assertTrue(s.contains("[1] (teaser) عنوان خبر ذي صلة"), s);
        String row = s.lines().filter(l -> l.contains("ASSAULT")).findFirst().orElse("");
        for (String cell : List.of("occurred", "SYRMIL", "2025-03-02", "بلدة صغيرة", "5", "قصفت")) {
            assertTrue(row.contains(cell), "the event row shows " + cell + ": " + row);
        }
    }
}
