package org.marsad.eval.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractionBenchmarkTest {
    @TempDir
    Path dir;

    private void page(String name, String text) throws IOException {
        Files.createDirectories(dir.resolve("html"));
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("html").resolve(name)))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void trafilaturaCountsWithAndWithoutSegmentsAsWhitespaceNormalisedSubstrings() throws IOException {
        page("a.html.gz", "ignored");
        Files.writeString(dir.resolve("evaldata.json"), "{\"https://x.org/a\": {\"file\": \"a.html\", "
                + "\"with\": [\"خرج  المتظاهرون\", \"غائب\"], \"without\": [\"شارك\", \"تعليق\"]}}");
        Extractor fixed = (html, url) -> "خرج\nالمتظاهرون إلى الساحة\nشارك";
        ExtractionReport r = new TrafilaturaBenchmark(fixed).run(dir);
        // tp 1, fn 1, fp 1, tn 1
        assertEquals(0.5, r.precision(), 1e-9);
        assertEquals(0.5, r.recall(), 1e-9);
        assertEquals(0.5, r.accuracy(), 1e-9);
        assertEquals(1, r.pages());
    }

    @Test
    void scrapinghubScoresFourTokenShingleMultisetsPerPage() {
        List<String> truth = ScrapinghubBenchmark.tokens("أ ب ج د هـ");
        assertEquals(List.of("أ", "ب", "ج", "د", "هـ"), truth);
        double[] same = ScrapinghubBenchmark.precisionRecall(truth, truth);
        assertEquals(1.0, same[0]);
        double[] half = ScrapinghubBenchmark.precisionRecall(truth, ScrapinghubBenchmark.tokens("أ ب ج د"));
        // truth shingles {abcd, bcdh}; predicted {abcd}: tp 1, fn 1, fp 0
        assertEquals(1.0, half[0], 1e-9);
        assertEquals(0.5, half[1], 1e-9);
        assertEquals(0.0, ScrapinghubBenchmark.precisionRecall(truth, List.of("x"))[0]);
    }

    @Test
    void scrapinghubReadsGroundTruthAndGzippedPages() throws IOException {
        page("p1.html.gz", "ignored");
        Files.writeString(dir.resolve("ground-truth.json"),
                "{\"p1\": {\"articleBody\": \"واحد اثنان ثلاثة أربعة\", \"url\": \"https://x.org/p1\"}}");
        ExtractionReport r = new ScrapinghubBenchmark((html, url) -> "واحد، اثنان - ثلاثة أربعة.").run(dir);
        assertEquals(1.0, r.f1(), 1e-9);
        assertEquals(1.0, r.accuracy(), 1e-9);
    }
}
