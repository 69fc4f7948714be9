package org.marsad.eval.articles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.core.pipeline.Pipeline;
import org.marsad.core.segment.Article;
import org.marsad.core.segment.Page;
import org.marsad.model.Event;

class ArticlesEvaluationTest {
    /** A system that finds the page's first line as its one article and codes nothing. */
    private static final PageCoder SILENT = new PageCoder() {
        @Override
        public List<Article> split(Page page) {
            String first = page.text().lines().findFirst().orElse("");
            return List.of(HeadlineAlignerTest.article(0, first, false, page.text().length()));
        }

        @Override
        public List<Event> events(Page page, Article article, LocalDate published) {
            return List.of();
        }
    };

    @TempDir
    Path dir;

    @Test
    void folderWithoutGoldFilesIsAnArgumentError() throws IOException {
        Files.writeString(dir.resolve("page.txt"), "خبر بلا ذهب");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ArticlesEvaluation(SILENT).run(dir));
        assertTrue(e.getMessage().contains(".gold.json"), e.getMessage());
    }

    @Test
    void brokenGoldIsReportedWithItsPathAndTheRestIsScored() throws IOException, URISyntaxException {
        copySample();
        Path broken = dir.resolve("broken.gold.json");
        Files.writeString(broken, "{\"page\": \"amman.txt\", \"articles\": [");
        Files.writeString(dir.resolve("lost.gold.json"), "{\"page\": \"nowhere.txt\", \"articles\": []}");
        ArticlesReport r = new ArticlesEvaluation(SILENT).run(dir);
        assertEquals(1, r.pages().size());
        assertEquals(2, r.errors().size());
        assertTrue(r.errors().get(0).startsWith(broken.toString()), r.errors().get(0));
        assertTrue(r.errors().get(1).contains("nowhere.txt"), r.errors().get(1));
        assertEquals(3, r.events().fn(), "three required gold events, none found");
        assertEquals(1, r.aligned());
    }

    @Test
    void jsonHasTheSpecKeys() throws IOException, URISyntaxException {
        copySample();
        JsonNode j = new ObjectMapper().readTree(ReportJson.toJson(new ArticlesEvaluation(SILENT).run(dir)));
        for (String k : List.of("tp", "fp", "fn", "precision", "recall", "f1")) {
            assertTrue(j.path("events").path(k).isNumber(), "events." + k);
        }
        for (String k : List.of("recipient", "date", "place", "dead", "status")) {
            assertTrue(j.path("fields").path(k).isNumber(), "fields." + k);
        }
        assertEquals(1, j.path("pages").asInt());
        assertEquals(1, j.path("articles").asInt());
        assertEquals(0, j.path("teaser_events").asInt());
    }

    @Test
    void realPipelineRunsAndEveryRequiredGoldEventIsFoundOrMissed() throws IOException, URISyntaxException {
        copySample();
        ArticlesReport r = new ArticlesEvaluation(PageCoder.of(Pipeline.standard())).run(dir);
        assertEquals(List.of(), r.errors());
        assertEquals(1, r.pages().size());
        assertEquals(3, r.events().tp() + r.events().fn());
        assertTrue(ReportText.render(r, true).contains("g0 CONSULT"));
    }

    private void copySample() throws IOException, URISyntaxException {
        Path sample = Path.of(getClass().getResource("sample").toURI());
        for (String f : List.of("amman.txt", "amman.gold.json")) {
            Files.copy(sample.resolve(f), dir.resolve(f));
        }
    }
}
