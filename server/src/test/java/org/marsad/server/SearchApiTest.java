package org.marsad.server;

import static org.marsad.server.TestApps.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.core.pipeline.PageResult;
import org.marsad.core.segment.Article;
import org.marsad.core.segment.Block;
import org.marsad.core.segment.BlockKind;
import org.marsad.core.segment.Page;
import org.marsad.core.segment.PageFormat;
import org.marsad.core.segment.PageMeta;
import org.marsad.model.Span;
import org.marsad.store.EventStore;

class SearchApiTest {
    private static final String HEADLINE = "قصف على أطراف إدلب";
    private static final String BODY = "سقطت قذائف <b>صباح</b> اليوم قرب إدلب ولم ترد أنباء عن ضحايا.";

    @TempDir
    Path dir;
    private EventStore store;
    private Javalin app;

    @BeforeEach
    void setUp() {
        store = EventStore.open(dir);
        String text = HEADLINE + "\n\n" + BODY;
        Page page = Page.of("idlib.txt", PageFormat.SCRAPED_TEXT, text,
                new PageMeta(null, "example.org", LocalDate.of(2024, 11, 10), null));
        int b = text.indexOf(BODY);
        store.store(new PageResult(page, List.of(new Article(0, HEADLINE, new Span(0, HEADLINE.length()),
                List.of(new Block(BlockKind.BODY, new Span(b, text.length()))), false)), List.of()));
        app = TestApps.app(store);
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    private static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void searchFindsTheArticleUnderAnySpellingWithMarksIntoThePlainSnippet() {
        JavalinTest.test(app, (server, client) -> {
            for (String form : List.of("إدلب", "ادلب", "بإدلب", "وإدلب")) {
                Response r = client.get("/api/search?q=" + q(form));
                assertEquals(200, r.code(), form);
                JsonNode body = json(r);
                assertEquals(1, body.get("total").asInt(), form);
                JsonNode hit = body.get("hits").get(0);
                assertEquals(HEADLINE, hit.get("headline").asText());
                String snippet = hit.get("snippet").asText();
                assertEquals(BODY, snippet, "the snippet is the stored text, no markup added or removed");
                JsonNode mark = hit.get("marks").get(0);
                assertEquals("إدلب", snippet.substring(mark.get(0).asInt(), mark.get(1).asInt()));
            }
            assertEquals(0, json(client.get("/api/search?q=" + q("حلب"))).get("total").asInt());
        });
    }

    @Test
    void badSearchParametersAre400WithAMessage() {
        JavalinTest.test(app, (server, client) -> {
            for (String p : List.of("", "q=", "q=%20%20", "q=" + "ا".repeat(201), "q=x&limit=0", "q=x&limit=101",
                    "q=x&limit=abc", "q=x&offset=-1", "q=x&colour=red")) {
                Response r = client.get("/api/search?" + p);
                assertEquals(400, r.code(), p);
                assertTrue(json(r).get("error").asText().length() > 5, p);
            }
        });
    }

    @Test
    void luceneSyntaxInTheQueryIsReadAsPlainWordsNeverAnError() {
        JavalinTest.test(app, (server, client) -> {
            for (String s : List.of("إدلب AND (", "*:*", "\"إدلب", "[a TO", "OR", "\"\"", "\\", "إدلب~^", "/.*/",
                    "field:value", "&& || !")) {
                Response r = client.get("/api/search?q=" + q(s));
                assertEquals(200, r.code(), s);
                assertTrue(json(r).get("total").asInt() <= 1, s);
            }
        });
    }
}
