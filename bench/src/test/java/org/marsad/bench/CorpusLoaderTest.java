package org.marsad.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.core.segment.Page;

class CorpusLoaderTest {
    @TempDir
    Path dir;

    private Path zip(String name, String json) throws Exception {
        Path z = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(z); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name.replace(".zip", ".json")));
            zip.write(json.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return z;
    }

    @Test
    void readsJsonArraysInsideZipsAsPagesWithTitleAndDate() throws Exception {
        zip("2015-07-21.zip", "[{\"source\":\"ex\",\"url\":\"http://ex.org/1\",\"date_extracted\":\"2015-07-21 02:51:32\","
                + "\"title\":\"عنوان أول\",\"content\":\"نص الخبر الأول.\"},"
                + "{\"source\":\"ex\",\"title\":\"فارغ\",\"content\":\"\"},"
                + "{\"source\":\"ex\",\"title\":\"\",\"content\":\"نص بلا عنوان.\"}]");
        CorpusLoader loader = new CorpusLoader();
        List<Page> pages = loader.load(dir, 100);
        assertEquals(2, pages.size(), "an article without content is not a page");
        assertEquals("عنوان أول\n\nنص الخبر الأول.", pages.get(0).text());
        assertEquals(LocalDate.of(2015, 7, 21), pages.get(0).meta().published());
        assertEquals("نص بلا عنوان.", pages.get(1).text());
        assertTrue(loader.problems().isEmpty());
    }

    @Test
    void aBrokenZipIsReportedAndTheLimitIsKept() throws Exception {
        Files.write(dir.resolve("bad.zip"), new byte[] {'P', 'K', 3, 4, 0, 0, 9});
        zip("good.zip", "[{\"title\":\"أ\",\"content\":\"ب\"},{\"title\":\"ج\",\"content\":\"د\"}]");
        CorpusLoader loader = new CorpusLoader();
        assertEquals(1, loader.load(dir, 1).size());
        assertEquals(1, loader.problems().size());
        assertTrue(loader.problems().get(0).origin().endsWith("bad.zip"));
    }

    @Test
    void theBenchCountsArticlesAndMeasuresBothSides() throws Exception {
        zip("c.zip", "[{\"title\":\"عنوان\",\"content\":\"قصفت القوات المدينة أمس.\"}]");
        BenchResult r = new Bench(new CorpusLoader().load(dir, 10), 1, 1).run();
        assertEquals(1, r.pages());
        assertTrue(r.bytes() > 0 && r.mbPerSecond() > 0 && r.baselineMbPerSecond() > 0);
        assertTrue(r.toJson().contains("\"ratio_to_baseline\""));
        assertTrue(r.toJson().matches(".*\"gc\": \"[^\"]+\", .*"), "names the collectors: " + r.toJson());
    }
}
