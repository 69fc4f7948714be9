package org.marsad.core.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.core.segment.Diagnostic;
import org.marsad.core.segment.Page;
import org.marsad.core.segment.PageReader;
import org.marsad.core.segment.PageSink;
import org.marsad.model.Event;

/**
 * The hostile corpus: a folder of what the web and careless users serve (empty, binary, NUL bytes, a 30 MB page,
 * 20,000 nested tables, unclosed deep HTML, broken WARC and gzip, unclosed ANT tags, lines of spaces ending in
 * ")", 160 KB of JSON-LD spaces, many numbers, a file name with a newline...) with good pages among them, read
 * and coded as a batch is. No exception escapes, every file finishes within the page budget (CPU time per file
 * printed), and the good pages give the very events they give when read alone.
 */
class HostileCorpusTest {
    private static final Pipeline PIPELINE = Pipeline.standard();
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    /** The page budget of this test: a page's reading, and its coding, each stop past it. */
    private static final java.time.Duration BUDGET = java.time.Duration.ofSeconds(4);
    /** Every file's reading and coding must stay below this much CPU (the bound for the largest shape). */
    private static final long PER_FILE_NANOS = 10_000_000_000L;

    @TempDir
    Path dir;

    static final String[] GOOD = {
        "اشتباكات في ضواحي المدينة\n\nاندلعت اشتباكات عنيفة صباح الأحد بين قوات الأمن ومسلحين في ضواحي مدينة حمص، "
            + "ما أسفر عن مقتل ثلاثة أشخاص وإصابة سبعة آخرين.\nوقال مصدر أمني إن القوات طوقت المنطقة.\n",
        "احتجاج أمام البرلمان\n\nتظاهر مئات الطلاب أمام مبنى البرلمان في عمان يوم الاثنين احتجاجا على رفع الرسوم "
            + "الجامعية، وطالبوا الحكومة بالتراجع عن القرار.\n",
        "غارة جوية على قرية\n\nقصفت طائرات حربية قرية في ريف إدلب فجر الثلاثاء، ما أدى إلى مقتل خمسة مدنيين بينهم "
            + "طفلان، بحسب ما أفاد الدفاع المدني.\n",
    };

    private Path write(String name, byte[] bytes) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, bytes);
        return f;
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    private void hostileShapes() throws IOException {
        Random r = new Random(20261207L);
        byte[] binary = new byte[200_000];
        r.nextBytes(binary);
        write("empty.txt", new byte[0]);
        write("blank.txt", " \n\t\r\n   ");
        write("binary.bin", binary);
        write("nul-bytes.txt", "نص\0عربي\0فيه\0أصفار".repeat(1000));
        StringBuilder huge = new StringBuilder(31_000_000);
        while (huge.length() < 16_000_000) { // 16 M chars, about 30 MB of UTF-8
            huge.append(GOOD[huge.length() % 3]);
        }
        write("huge-30mb.txt", huge.toString());
        write("nested-tables.html", "<html><body>" + "<table><tr><td>".repeat(20_000) + "قصفت القوات المدينة."
                + "</td></tr></table>".repeat(20_000) + "</body></html>");
        write("unclosed-deep.html", "<html><body>" + "<div><span class=\"lead\"><p>فقرة ".repeat(20_000));
        write("jsonld-spaces.html", "<html><head><script type=\"application/ld+json\">{\"articleBody\": \"قصف"
                + " ".repeat(160_000) + "\"}</script></head><body><p>قصير</p></body></html>");
        write("paren-spaces.txt", ("سمير حداد" + " ".repeat(7_700) + ")\n").repeat(3));
        write("paren-page.txt", "عنوان\n\n" + ("كلمة" + " ".repeat(200) + ")\n").repeat(40));
        write("numbers.txt", "قتل 12 و 345 و 6789 في 2024 ".repeat(20_000));
        write("long-line.txt", "ق".repeat(1_000_000));
        write("tatweel.txt", "افتتـ" + "ـ".repeat(100_000) + "ـاح\n\nقصف " + "ـ".repeat(50_000) + ".\n");
        write("bidi.txt", "\u202b\u200f".repeat(50_000) + GOOD[0]);
        write("ant-unclosed.txt", "<DOC><DOCNO>x-20240101</DOCNO><TEXT>قصفت القوات المدينة.".repeat(3_000));
        write("ant-open-only.txt", "<DOC>".repeat(50_000));
        write("broken.warc", "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\n<html>قص");
        byte[] gz = gzip(("WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 10\r\n\r\n0123456789\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        write("truncated.warc.gz", java.util.Arrays.copyOf(gz, gz.length / 2));
        write("random.warc.gz", java.util.Arrays.copyOf(binary, 5_000));
        write("broken.jsonl", "{\"text\": \"قصف\"\n{]\n\n{\"text\": 5}\n" + "{".repeat(100_000) + "\n");
        write("empty.jsonl", "");
        write("deep.jsonl", "{\"text\": " + "[".repeat(50_000) + "\n");
        write("utf16.txt", GOOD[1].getBytes(StandardCharsets.UTF_16LE));
        write("mixed-surrogates.txt", "قصفت \uD800 القوات".replace("\uD800", "\\ud800"));
    }

    /** The events of every page under {@code path}, by origin, and the diagnostics; CPU per top file. */
    private static final class Batch implements PageSink {
        final Map<String, List<Event>> events = new LinkedHashMap<>();
        final List<Diagnostic> problems = new ArrayList<>();

        @Override
        public void page(Page page) {
            events.put(page.origin(), PIPELINE.process(page).events());
        }

        @Override
        public void problem(Diagnostic d) {
            problems.add(d);
        }
    }

    @Test
    @Timeout(value = 15, unit = java.util.concurrent.TimeUnit.MINUTES)
    void theHostileCorpusIsReadWithinTheBudgetAndGoodPagesGiveTheirOwnEvents() throws IOException {
        hostileShapes();
        List<Path> good = new ArrayList<>();
        for (int i = 0; i < GOOD.length; i++) {
            good.add(write("good-" + i + (i == 1 ? "\nwith a newline" : "") + ".txt", GOOD[i]));
        }
        write("good-bidi.txt", GOOD[0].replace(" ", " \u200f").replace("،", "\u202b،\u202c"));
        PageReader reader = new PageReader().withBudget(BUDGET);
        Batch alone = new Batch();
        for (Path p : good) {
            reader.read(p, alone);
        }
        for (List<Event> e : alone.events.values()) {
            assertFalse(e.isEmpty(), "each good page gives events: " + alone.events);
        }
        Batch mixed = new Batch();
        List<Path> files;
        try (var s = Files.list(dir)) {
            files = s.sorted().toList();
        }
        StringBuilder report = new StringBuilder();
        long worst = 0;
        for (Path f : files) {
            long t0 = CPU.getCurrentThreadCpuTime();
            reader.read(f, mixed);
            long spent = CPU.getCurrentThreadCpuTime() - t0;
            worst = Math.max(worst, spent);
            report.append(String.format("  %-32s %10d bytes %8.1f ms CPU%n", f.getFileName().toString()
                    .replace("\n", "\\n"), Files.size(f), spent / 1e6));
        }
        System.out.print("hostile corpus, CPU per file:\n" + report + String.format("  worst %.1f ms%n", worst / 1e6));
        mixed.problems.forEach(d -> System.out.println("  reported " + d.toString().replace("\n", "\\n")));
        assertTrue(worst < PER_FILE_NANOS, "a file took " + worst / 1e6 + " ms CPU");
        for (Path p : good) {
            assertEquals(alone.events.get(p.toString()), mixed.events.get(p.toString()), p.toString());
        }
        assertEquals(mixed.events.get(dir.resolve("good-0.txt").toString()).size(),
                mixed.events.get(dir.resolve("good-bidi.txt").toString()).size(), "bidi controls change nothing");
        for (String origin : List.of("empty.txt", "binary.bin", "broken.jsonl", "truncated.warc.gz")) {
            String path = dir.resolve(origin).toString();
            assertTrue(mixed.problems.stream().anyMatch(d -> d.origin().startsWith(path)), origin + " reported");
        }
    }
}
