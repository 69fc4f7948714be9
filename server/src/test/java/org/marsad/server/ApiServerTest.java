package org.marsad.server;

import static org.marsad.server.TestApps.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.core.pipeline.Pipeline;
import org.marsad.core.segment.Page;
import org.marsad.core.segment.PageFormat;
import org.marsad.core.segment.PageMeta;
import org.marsad.model.Entity;
import org.marsad.model.Event;
import org.marsad.model.EventStatus;
import org.marsad.model.EventType;
import org.marsad.model.Sector;
import org.marsad.model.Span;
import org.marsad.model.Trigger;
import org.marsad.store.EventStore;

class ApiServerTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String HOSTILE = "قصفت القوات <script>alert(1)</script><img src=x onerror=alert(2)> القرية.";

    @TempDir
    Path dir;
    private EventStore store;
    private Javalin app;
    private Event stored;

    @BeforeEach
    void setUp() {
        store = EventStore.open(dir);
        Page page = Page.of("hostile.txt", PageFormat.SCRAPED_TEXT, HOSTILE,
                new PageMeta("javascript:alert(3)", "example.org", LocalDate.of(2024, 11, 10), null));
        Trigger t = new Trigger("قصفت", 0, 4);
        stored = new Event(Event.idFor(page.docId(), 0, t, EventType.ASSAULT), page.docId(), 0, EventType.ASSAULT, null,
                null, "190", 4, EventStatus.OCCURRED, new Entity("القوات", 5, 11, "SYRMIL", "SYR", Sector.MIL, null), null, t,
                null, null, null, new Span(0, HOSTILE.length()), null, "test", 0.5);
        store.store(TestApps.bodyOnly(page, List.of(stored)));
        app = TestApps.app(store);
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void eventsAreListedWithTotalsAndFiltered() {
        JavalinTest.test(app, (server, client) -> {
            JsonNode all = json(client.get("/api/events"));
            assertEquals(1, all.get("total").asInt());
            assertEquals(stored.id(), all.get("events").get(0).get("id").asText());
            assertEquals(0, json(client.get("/api/events?type=PROTEST")).get("total").asInt());
            assertEquals(1, json(client.get("/api/events?country=syr&actor=SYRM")).get("total").asInt());
        });
    }

    @Test
    void malformedParametersAre400WithAMessage() {
        JavalinTest.test(app, (server, client) -> {
            for (String q : List.of("type=BOGUS", "status=maybe", "from=yesterday", "limit=0", "limit=abc",
                    "limit=100000", "offset=-1", "country=S1", "from=2024-02-01&to=2024-01-01", "colour=red",
                    "text=" + "ا".repeat(300))) {
                Response r = client.get("/api/events?" + q);
                assertEquals(400, r.code(), q);
                assertTrue(json(r).get("error").asText().length() > 5, q);
            }
            assertEquals(400, client.get("/api/stats/colour").code());
            assertEquals(400, client.get("/api/events/not-an-id").code());
            assertEquals(404, client.get("/api/events/e-0123456789abcdef").code());
        });
    }

    @Test
    void sqlInjectionStringsAreOnlyValues() {
        JavalinTest.test(app, (server, client) -> {
            Response r = client.get("/api/events?text=%27%3B%20DROP%20TABLE%20events%3B%20--");
            assertEquals(200, r.code());
            assertEquals(0, json(r).get("total").asInt());
            assertEquals(400, client.get("/api/events?type=ASSAULT%27%20OR%20%271%27%3D%271").code());
            assertEquals(1, store.count("events"), "the table is still there");
        });
    }

    @Test
    void oneEventComesWithItsPageTextAsJsonData() {
        JavalinTest.test(app, (server, client) -> {
            Response r = client.get("/api/events/" + stored.id());
            assertEquals("application/json", r.header("Content-Type").split(";")[0]);
            JsonNode body = json(r);
            String text = body.get("page").get("text").asText();
            assertEquals(HOSTILE, text, "stored text is returned as data; the page inserts it as text only");
            JsonNode trig = body.get("event").get("trigger");
            assertEquals("قصفت", text.substring(trig.get("start").asInt(), trig.get("end").asInt()));
        });
    }

    @Test
    void thePageForbidsInlineScriptsAndNeverInjectsHtml() {
        JavalinTest.test(app, (server, client) -> {
            Response r = client.get("/");
            assertEquals(200, r.code());
            assertTrue(r.header("Content-Security-Policy").contains("script-src 'self'"));
            String js = client.get("/app.js").body().string();
            assertFalse(js.contains("innerHTML"), "the web map builds text nodes, never HTML from data");
            assertEquals(200, client.get("/webjars/leaflet/1.9.4/dist/leaflet.js").code(), "Leaflet from the jar");
            assertEquals(200, client.get("/basemap.geojson").code());
        });
    }

    @Test
    void thePipelineIsBuiltAtTheFirstPostedPageOnlyAndOnce() {
        int[] built = {0};
        Javalin lazy = ApiServer.create(store, new PageIngest(() -> {
            built[0]++;
            return Pipeline.standard();
        }, store), new ServerConfig("127.0.0.1", 0, TestApps.TOKEN, 64 * 1024));
        JavalinTest.test(lazy, (server, client) -> {
            assertEquals(200, client.get("/api/events").code());
            assertEquals(200, client.get("/api/stats/type").code());
            RequestBody text = RequestBody.create("عنوان خبر\n\nتظاهر مئات في المدينة أمس.",
                    MediaType.get("text/plain; charset=utf-8"));
            assertEquals(401, client.request("/api/pages", b -> b.post(text)).code());
            assertEquals(0, built[0], "reads and a refused post do not build the pipeline");
            assertEquals(201, client.request("/api/pages", b -> b.post(text)
                    .header("Authorization", "Bearer " + TestApps.TOKEN)).code());
            assertEquals(1, built[0]);
            RequestBody other = RequestBody.create("عنوان آخر\n\nقصفت طائرات قرية صغيرة صباح اليوم.",
                    MediaType.get("text/plain; charset=utf-8"));
            assertEquals(201, client.request("/api/pages", b -> b.post(other)
                    .header("Authorization", "Bearer " + TestApps.TOKEN)).code());
            assertEquals(1, built[0], "built once");
        });
    }

    @Test
    void ingestNeedsTheTokenAndABodyWithinTheLimit() {
        JavalinTest.test(app, (server, client) -> {
            String page = "عنوان خبر\n\nتظاهر مئات في المدينة أمس.";
            RequestBody text = RequestBody.create(page, MediaType.get("text/plain; charset=utf-8"));
            assertEquals(401, client.request("/api/pages", b -> b.post(text)).code());
            assertEquals(401, client.request("/api/pages", b -> b.post(text).header("Authorization", "Bearer wrong")).code());
            Response ok = client.request("/api/pages", b -> b.post(text).header("Authorization", "Bearer s3cret"));
            assertEquals(201, ok.code());
            Response again = client.request("/api/pages", b -> b.post(text).header("Authorization", "Bearer s3cret"));
            assertEquals("duplicate", json(again).get("outcome").asText());
            RequestBody big = RequestBody.create("ا".repeat(200_000), MediaType.get("text/plain; charset=utf-8"));
            assertEquals(413, client.request("/api/pages", b -> b.post(big).header("Authorization", "Bearer s3cret")).code());
            RequestBody badJson = RequestBody.create("{\"text\": ", MediaType.get("application/json"));
            assertEquals(400, client.request("/api/pages", b -> b.post(badJson).header("Authorization", "Bearer s3cret")).code());
        });
    }

    @Test
    void withoutATokenIngestIsOff() {
        Javalin noToken = TestApps.app(store, null);
        JavalinTest.test(noToken, (server, client) -> {
            RequestBody text = RequestBody.create("نص", MediaType.get("text/plain; charset=utf-8"));
            assertEquals(403, client.request("/api/pages", b -> b.post(text).header("Authorization", "Bearer x")).code());
        });
    }

    @Test
    void theTextFilterFindsWordsOfTheSentenceInListsAndCounts() {
        JavalinTest.test(app, (server, client) -> {
            assertEquals(1, json(client.get("/api/events?text=" + enc("القريه"))).get("total").asInt(),
                    "teh marbuta written as heh, the article al- as written");
            assertEquals(0, json(client.get("/api/events?text=" + enc("مظاهرة"))).get("total").asInt());
            JsonNode byType = json(client.get("/api/stats/type?text=" + enc("قصفت")));
            assertEquals(1, byType.get("counts").get(0).get("count").asInt());
        });
    }

    @Test
    void scriptAndInjectionStringsInEveryParameterAreDataOrA400() {
        JavalinTest.test(app, (server, client) -> {
            for (String bad : List.of("<script>alert(1)</script>", "' OR 1=1 --", "\"; DROP TABLE pages; --",
                    "x') UNION SELECT record FROM events --", "<img src=x onerror=alert(2)>")) {
                for (String path : List.of("/api/events?text=", "/api/stats/day?text=", "/api/search?q=")) {
                    Response r = client.get(path + enc(bad));
                    assertEquals(200, r.code(), path + bad);
                    assertEquals("application/json", r.header("Content-Type").split(";")[0], path + bad);
                    MAPPER.readTree(r.body().string());
                }
                for (String param : List.of("type", "status", "country", "actor", "from", "to", "limit", "offset")) {
                    Response r = client.get("/api/events?" + param + "=" + enc(bad));
                    assertEquals(400, r.code(), param + "=" + bad);
                    assertFalse(json(r).get("error").asText().contains("<"), "the message does not echo markup");
                }
                assertEquals(400, client.get("/api/stats/" + enc(bad)).code());
            }
            assertEquals(1, store.count("events"), "nothing was dropped");
            assertEquals(1, store.count("pages"));
        });
    }

    @Test
    void badParametersOfStatsAndSearchAre400() {
        JavalinTest.test(app, (server, client) -> {
            for (String path : List.of("/api/stats/type?type=BOGUS", "/api/stats/day?from=2024-13-01",
                    "/api/stats/country?colour=red", "/api/search", "/api/search?q=", "/api/search?q=x&limit=0",
                    "/api/search?q=x&limit=101", "/api/search?q=x&offset=-3", "/api/search?q=x&page=2",
                    "/api/search?q=" + "ب".repeat(201), "/api/events?text=" + enc("\"") + "&offset=99999999")) {
                Response r = client.get(path);
                assertEquals(400, r.code(), path);
                assertTrue(json(r).get("error").asText().length() > 5, path);
            }
            Response none = client.get("/api/nothing-here");
            assertEquals(404, none.code());
            assertTrue(json(none).has("error"));
        });
    }

    @Test
    void ingestRefusesAMissingTokenAnEmptyBodyAndABadDate() {
        JavalinTest.test(app, (server, client) -> {
            RequestBody json = RequestBody.create("{\"text\": \"تظاهر طلاب أمام الجامعة.\", \"published\": \"أمس\"}",
                    MediaType.get("application/json"));
            assertEquals(401, client.request("/api/pages", b -> b.post(json)).code(), "no Authorization header");
            assertEquals(401, client.request("/api/pages", b -> b.post(json).header("Authorization", "s3cret")).code(),
                    "a token without Bearer");
            assertEquals(400, client.request("/api/pages", b -> b.post(json).header("Authorization", "Bearer s3cret")).code(),
                    "published is not a date");
            RequestBody empty = RequestBody.create(" ", MediaType.get("text/plain; charset=utf-8"));
            assertEquals(400, client.request("/api/pages", b -> b.post(empty).header("Authorization", "Bearer s3cret")).code());
            RequestBody noText = RequestBody.create("{\"title\": \"عنوان\"}", MediaType.get("application/json"));
            assertEquals(400, client.request("/api/pages", b -> b.post(noText).header("Authorization", "Bearer s3cret")).code());
            RequestBody big = RequestBody.create("{\"text\": \"" + "ا".repeat(100_000) + "\"}", MediaType.get("application/json"));
            assertEquals(413, client.request("/api/pages", b -> b.post(big).header("Authorization", "Bearer s3cret")).code());
            assertEquals(1, store.count("pages"), "nothing refused was stored");
        });
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void statsCountByDimensionAndTheOpenApiDocumentIsServed() {
        JavalinTest.test(app, (server, client) -> {
            JsonNode s = json(client.get("/api/stats/type"));
            assertEquals("ASSAULT", s.get("counts").get(0).get("key").asText());
            JsonNode api = json(client.get("/openapi.json"));
            assertTrue(api.get("paths").has("/api/events"));
            assertTrue(api.get("paths").has("/api/pages"));
        });
    }

    @Test
    void everyReadRouteGoesThroughTheReadLaneAndIngestHasItsOwn() throws InterruptedException {
        Admission reads = new Admission("read", 1, java.time.Duration.ofMillis(100));
        Admission ingests = new Admission("ingest", 1, java.time.Duration.ofMillis(100));
        Javalin laned = ApiServer.create(store, new PageIngest(Pipeline.standard(), store),
                new ServerConfig("127.0.0.1", 0, "s3cret", 64 * 1024), reads, ingests);
        assertTrue(reads.tryHold(java.time.Duration.ZERO), "the read lane is held busy");
        JavalinTest.test(laned, (server, client) -> {
            for (String path : List.of("/api/events", "/api/events/" + stored.id(), "/api/stats/type",
                    "/api/search?q=" + enc("القرية"), "/api/clusters")) {
                Response r = client.get(path);
                assertEquals(503, r.code(), path + " waited for the read lane");
                assertTrue(json(r).get("error").asText().contains("busy"), path);
            }
            RequestBody page = RequestBody.create("عنوان\n\nاعتقلت الشرطة ثلاثة أشخاص في المدينة.",
                    MediaType.get("text/plain; charset=utf-8"));
            assertEquals(201, client.request("/api/pages", b -> b.post(page).header("Authorization", "Bearer s3cret"))
                    .code(), "an ingest does not wait for the reads");
            assertEquals(200, client.get("/openapi.json").code(), "static documents are not admitted");
            reads.release();
            assertEquals(200, client.get("/api/events").code(), "a free lane answers");
            assertTrue(ingests.tryHold(java.time.Duration.ZERO), "the ingest lane is held busy");
            assertEquals(503, client.request("/api/pages", b -> b.post(page).header("Authorization", "Bearer s3cret"))
                    .code(), "an ingest waits for its own lane");
            assertEquals(401, client.request("/api/pages", b -> b.post(page).header("Authorization", "Bearer wrong"))
                    .code(), "a caller without the token is refused at once, not queued in the ingest lane");
            assertEquals(200, client.get("/api/events").code(), "and reads do not wait for it");
            ingests.release();
        });
    }
}
