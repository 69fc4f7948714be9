package org.marsad.core.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageReaderTest {
    private final PageReader reader = new PageReader();

    @TempDir
    Path dir;

    private Collect read(Path p) {
        Collect c = new Collect();
        reader.read(p, c);
        return c;
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private Path copyResource(String name) throws IOException {
        return write(name, ArticleSplitterTest.resource(name));
    }

    @Test
    void aTxtFileIsAScrapedPageWhoseTextIsTheFileAsItIs() throws IOException {
        String text = "عنوان\r\n\r\nنص الخبر.\n";
        Collect c = read(write("page.txt", text));
        assertEquals(1, c.pages.size());
        assertEquals(text, c.pages.get(0).text());
        assertEquals(PageFormat.SCRAPED_TEXT, c.pages.get(0).format());
    }

    @Test
    void aUtf8ByteOrderMarkIsDroppedAndTheIdIsAHashOfTheBytes() throws IOException {
        byte[] body = "خبر عاجل من العاصمة".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        Page page = read(Files.write(dir.resolve("bom.txt"), bytes)).pages.get(0);
        assertEquals("خبر عاجل من العاصمة", page.text());
        assertEquals(Page.docIdOf(bytes), page.docId());
    }

    @Test
    void aScrapedPageTakesItsPublicationDateFromItsOwnStamp() throws IOException {
        assertEquals(LocalDate.of(2024, 8, 14), read(copyResource("portal-page.txt")).pages.get(0).meta().published());
        assertNull(read(copyResource("two-articles.txt")).pages.get(0).meta().published());
    }

    @Test
    void invalidUtf8IsReadAsWindows1256AndSaysSo() throws IOException {
        String text = "اندلعت اشتباكات عنيفة في ضواحي المدينة";
        Path p = Files.write(dir.resolve("old.txt"), text.getBytes(Charset.forName("windows-1256")));
        Page page = read(p).pages.get(0);
        assertEquals(text, page.text());
        assertEquals("windows-1256", page.meta().encoding());
    }

    @Test
    void antRecordsBecomePagesWithTitleLineBlankLineAndBody() throws IOException {
        Path p = copyResource("two-docs.txt");
        Collect c = read(p);
        assertEquals(List.of(), c.problems);
        assertEquals(2, c.pages.size());
        Page first = c.pages.get(0);
        assertEquals(p + "#1", first.origin());
        assertEquals(PageFormat.ANT_DOC, first.format());
        assertTrue(first.text().startsWith("استئناف المفاوضات بين الطرفين في جنيف\n\nاستؤنفت في جنيف، الثلاثاء،"));
        assertEquals("example-news.com", first.meta().outlet());
        assertEquals(LocalDate.of(2019, 3, 12), first.meta().published()); // <TIME>, in the outlet's zone
        // an empty <TIME>: the date of <DOCNO>
        assertEquals(LocalDate.of(2019, 3, 13), c.pages.get(1).meta().published());
    }

    @Test
    void rereadingAMultiRecordFileGivesTheSameIdsAndEachRecordItsOwn() throws IOException {
        Path p = copyResource("two-docs.txt");
        List<String> ids = read(p).pages.stream().map(Page::docId).toList();
        assertEquals(ids, read(p).pages.stream().map(Page::docId).toList());
        assertNotEquals(ids.get(0), ids.get(1));
    }

    @Test
    void jsonLinesGiveOnePagePerLineAndABadLineIsADiagnosticNamingTheLine() throws IOException {
        Path p = copyResource("pages.jsonl");
        Collect c = read(p);
        assertEquals(List.of(p + "#1", p + "#2", p + "#6"), c.pages.stream().map(Page::origin).toList());
        assertEquals(List.of(p + "#4", p + "#5"), c.problems.stream().map(Diagnostic::origin).toList());
        Page first = c.pages.get(0);
        assertEquals("إصابات جديدة بالكوليرا في الجنوب", first.meta().title());
        assertTrue(first.text().startsWith("إصابات جديدة بالكوليرا في الجنوب\n\n"));
        assertEquals(LocalDate.of(2023, 2, 27), first.meta().published()); // the field wins over the URL
        assertEquals("news.example.org", first.meta().outlet());
        // no published field: the date in the URL
        assertEquals(LocalDate.of(2023, 2, 26), c.pages.get(1).meta().published());
        assertEquals("تظاهر مئات الطلاب أمام مبنى الجامعة احتجاجاً على رفع الرسوم.", c.pages.get(1).text());
    }

    @Test
    void htmlIsReadAsAnHtmlPageAndATruncatedWarcIsOneDiagnostic() throws IOException {
        Collect c = read(write("page.html", "<html><head><title>عنوان الخبر الطويل هنا</title></head>"
                + "<body><p>نص الخبر الأول، وهو نص طويل بما يكفي ليكون فقرة.</p></body></html>"));
        assertEquals(PageFormat.HTML, c.pages.get(0).format());
        assertEquals("عنوان الخبر الطويل هنا", c.pages.get(0).meta().title());
        Collect w = read(write("crawl.warc", "WARC/1.0"));
        assertEquals(1, w.problems.size(), w.problems.toString());
        assertTrue(w.problems.get(0).reason().startsWith("broken WARC record"), w.problems.toString());
        assertTrue(w.pages.isEmpty());
    }

    @Test
    void aFileWithAnUnknownExtensionIsSniffed() throws IOException {
        assertEquals(PageFormat.ANT_DOC, read(write("doc.sgml", ArticleSplitterTest.resource("two-docs.txt")))
                .pages.get(0).format());
        assertEquals(PageFormat.SCRAPED_TEXT, read(write("note", "عنوان\n\nنص.")).pages.get(0).format());
        assertEquals(PageFormat.JSONL, read(write("dump.data", "{\"text\": \"نص الخبر.\"}\n")).pages.get(0).format());
        Collect binary = read(Files.write(dir.resolve("image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1}));
        assertEquals("not a text page (binary)", binary.problems.get(0).reason());
    }

    @Test
    void aFolderIsReadInSortedOrderSkippingHiddenFiles() throws IOException {
        Files.createDirectories(dir.resolve("b"));
        Files.createDirectories(dir.resolve(".git"));
        write("b/2.txt", "الثاني\n\nنص.");
        write("a.txt", "الأول\n\nنص.");
        write(".hidden.txt", "مخفي");
        write(".git/x.txt", "مخفي");
        List<String> origins = read(dir).pages.stream().map(Page::origin).toList();
        assertEquals(List.of(dir.resolve("a.txt").toString(), dir.resolve("b/2.txt").toString()), origins);
    }

    @Test
    void goldFilesAndNotesBesidePagesInAFolderAreNotPages() throws IOException {
        write("page.txt", "العنوان\n\nنص الخبر.");
        write("page.gold.json", "{\n \"page\": \"page.txt\"\n}");
        write("README.md", "# ملاحظات");
        write("index.tsv", "page.txt\t2024-11-10");
        Collect c = read(dir);
        assertEquals(List.of(dir.resolve("page.txt").toString()), c.pages.stream().map(Page::origin).toList());
        assertEquals(List.of(), c.problems);
        assertEquals(1, read(dir.resolve("README.md")).pages.size(), "named on the command line, it is read");
    }

    @Test
    void anUnreadableFileInAFolderIsADiagnosticNamingItAndTheBatchGoesOn() throws IOException {
        write("a.txt", "الأول\n\nنص.");
        Path broken = Files.createSymbolicLink(dir.resolve("broken.txt"), dir.resolve("missing.txt"));
        write("c.txt", "الثالث\n\nنص.");
        Collect c = read(dir);
        assertEquals(2, c.pages.size());
        assertEquals(1, c.problems.size());
        assertEquals(broken.toString(), c.problems.get(0).origin());
    }

    @Test
    void aFileWithoutReadPermissionIsADiagnostic() throws IOException {
        Path p = write("locked.txt", "نص");
        org.junit.jupiter.api.Assumptions.assumeTrue(p.toFile().setReadable(false, false) && !Files.isReadable(p),
                "running as a user who reads everything");
        Collect c = read(dir);
        assertEquals(List.of(), c.pages);
        assertEquals(p.toString(), c.problems.get(0).origin());
    }

    @Test
    void aMissingPathIsADiagnostic() {
        Collect c = read(dir.resolve("nowhere.txt"));
        assertEquals(1, c.problems.size());
    }

    @Test
    void hostileInputNeverThrows() throws IOException {
        write("empty.txt", "");
        Files.write(dir.resolve("zeros.txt"), new byte[4096]);
        write("long.txt", "قصف ".repeat(1_300_000)); // over 5 MB on one line
        Files.write(dir.resolve("surrogates.txt"), concat("عنوان ", new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                " مكسور\n\nنص آخر."));
        write("surrogates.jsonl", "{\"text\": \"نص \\ud800 فيه نصف حرف.\", \"title\": \"\\udc00\"}\n");
        write("bad.jsonl", "{\n[1,2]\n\"text\"\n{\"text\": 5}\n");
        write("broken.txt", "<DOC><TITLE>بلا نهاية");
        Collect c = read(dir);
        ArticleSplitter splitter = new ArticleSplitter();
        c.pages.forEach(splitter::split);
        assertTrue(c.problems.stream().anyMatch(d -> d.origin().endsWith("empty.txt")));
        assertTrue(c.problems.stream().anyMatch(d -> d.origin().endsWith("zeros.txt")));
        assertTrue(c.pages.stream().anyMatch(p -> p.origin().endsWith("long.txt")));
        Page longPage = c.pages.stream().filter(p -> p.origin().endsWith("long.txt")).findFirst().orElseThrow();
        assertTrue(splitter.split(longPage).stream().allMatch(a -> a.bodyBlocks().isEmpty()), "a 5 MB line is no paragraph");
        assertEquals(4, c.problems.stream().filter(d -> d.origin().contains("bad.jsonl#")).count());
        // lone surrogates already inside a Java string
        splitter.split(Page.of("s", PageFormat.SCRAPED_TEXT, "عنوان \uD800 مكسور\n\n\uDC00نص آخر هنا وهناك.", PageMeta.NONE));
    }

    private static byte[] concat(String a, byte[] middle, String b) {
        byte[] x = a.getBytes(StandardCharsets.UTF_8);
        byte[] y = b.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[x.length + middle.length + y.length];
        System.arraycopy(x, 0, out, 0, x.length);
        System.arraycopy(middle, 0, out, x.length, middle.length);
        System.arraycopy(y, 0, out, x.length + middle.length, y.length);
        return out;
    }

    @Test
    void standardInputIsAScrapedPage() {
        Collect c = new Collect();
        reader.readStream("<stdin>", new ByteArrayInputStream("عنوان\n\nنص.".getBytes(StandardCharsets.UTF_8)), c);
        assertEquals("<stdin>", c.pages.get(0).origin());
        assertEquals(PageFormat.SCRAPED_TEXT, c.pages.get(0).format());
    }

    @Test
    void theUrlGivesTheOutletAndADateInItsPath() {
        assertEquals("aawsat.com", UrlMeta.outlet("https://www.aawsat.com/العالم-العربي/5081234"));
        assertEquals(LocalDate.of(2023, 2, 26), UrlMeta.date("https://x.example/ar/news/2023/02/26/title"));
        assertEquals(LocalDate.of(2018, 2, 18), UrlMeta.date("http://www.france24.com/ar/20180218-عنوان"));
        assertNull(UrlMeta.date("https://www.example.com/web/article/1024411"));
        assertNull(UrlMeta.date("https://x.example/2023/13/45/bad"));
    }

    @Test
    void realAntFilesReadAsOneDatedPageEach() throws IOException {
        var corpus = SharedData.find("data/corpora/ANT_multisource_v2.1");
        org.junit.jupiter.api.Assumptions.assumeTrue(corpus.isPresent(), "ANT corpus not found");
        List<Path> files = new java.util.ArrayList<>();
        try (var outlets = Files.list(corpus.get())) {
            for (Path outlet : outlets.filter(Files::isDirectory).sorted().toList()) {
                try (var s = Files.walk(outlet)) {
                    files.addAll(s.filter(f -> f.toString().endsWith(".txt")).sorted().limit(40).toList());
                }
            }
        }
        org.junit.jupiter.api.Assumptions.assumeFalse(files.isEmpty());
        ArticleSplitter splitter = new ArticleSplitter();
        for (Path f : files) {
            Collect c = read(f);
            assertEquals(List.of(), c.problems, f.toString());
            Page page = c.pages.get(0);
            assertEquals(PageFormat.ANT_DOC, page.format());
            assertTrue(page.meta().published() != null && page.meta().outlet() != null, f.toString());
            Article a = splitter.split(page).get(0);
            assertEquals(page.meta().title(), a.headline(), f.toString());
            assertTrue(a.bodyLength() > 0, f.toString());
        }
    }
}
