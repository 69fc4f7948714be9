package org.marsad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.export.EventJsonReader;

class PageCoderTest {
    private static final String JSONL = "{\"url\": \"https://example.org/a\", \"published\": \"2024-03-12\", "
            + "\"text\": \"قتل ثلاثة أشخاص في انفجار سيارة مفخخة في مدينة كركوك يوم الاثنين.\"}\n"
            + "{\"text\": \"تظاهر مئات الطلاب في تونس أمس.\"}\n";

    @Test
    void aWarcArchiveIsStreamedAndCodedAsCoreReadsItFromAFile(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path file = Warcs.write(dir.resolve("news.warc.gz"));
        List<String> expected = new java.util.ArrayList<>();
        new org.marsad.core.segment.PageReader().read(file, new org.marsad.core.segment.PageSink() {
            @Override
            public void page(org.marsad.core.segment.Page page) {
                Pipelines.get().process(page).events().forEach(e -> expected.add(org.marsad.export.EventJson.toJson(e)));
            }

            @Override
            public void problem(org.marsad.core.segment.Diagnostic d) {
                throw new AssertionError(d.toString());
            }
        });
        List<CodedPage> pages;
        try (var in = java.nio.file.Files.newInputStream(file)) {
            pages = PageCoder.codeWarc("hdfs://nn/crawl/news.warc.gz", in, null);
        }
        assertTrue(PageCoder.isWarc("hdfs://nn/crawl/news.warc.gz"));
        assertEquals(1, pages.size(), pages.toString());
        assertTrue(pages.get(0).origin().startsWith("hdfs://nn/crawl/news.warc.gz"), pages.get(0).origin());
        assertTrue(!expected.isEmpty(), "the bombing is coded");
        assertEquals(expected, pages.get(0).events());
    }

    @Test
    void theHadoopPathGivesTheNameAndFolderThatChooseTheFormat() {
        assertEquals(Path.of("/data/pages/a.jsonl"), PageCoder.localName("hdfs://nn:8020/data/pages/a.jsonl"));
        assertEquals(Path.of("/tmp/b.txt"), PageCoder.localName("file:/tmp/b.txt"));
    }

    @Test
    void aJsonLinesFileIsReadLineByLineAndItsEventsCarryTheirPublicationDate() {
        List<CodedPage> pages = PageCoder.code("s3a://bucket/x/news.jsonl", JSONL.getBytes(StandardCharsets.UTF_8),
                null);
        assertEquals(2, pages.size());
        assertNull(pages.get(0).problem());
        assertTrue(!pages.get(0).events().isEmpty(), "the bombing is coded");
        var event = EventJsonReader.read(pages.get(0).events().get(0));
        assertEquals("2024-03-12", event.source().published());
        assertEquals("2024-03", Months.of(event));
    }

    @Test
    void theFallbackDateDatesOnlyUndatedPagesAndUnreadableFilesBecomeProblems() {
        List<CodedPage> pages = PageCoder.code("file:/x/news.jsonl", JSONL.getBytes(StandardCharsets.UTF_8),
                LocalDate.of(2025, 1, 2));
        assertEquals("2024-03-12", pages.get(0).articles().get(0).published());
        assertEquals("2025-01-02", pages.get(1).articles().get(0).published());
        List<CodedPage> broken = PageCoder.code("file:/x/bad.jsonl", "{not json\n".getBytes(StandardCharsets.UTF_8),
                null);
        assertEquals(1, broken.size());
        assertTrue(broken.get(0).problem() != null && broken.get(0).events().isEmpty());
    }
}
