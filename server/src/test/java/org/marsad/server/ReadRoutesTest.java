package org.marsad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.marsad.server.TestApps.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import java.util.List;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Event;
import org.marsad.store.EventStore;

/** /api/events.geojson, country codes across the read routes, and cross-origin reads (--cors). */
class ReadRoutesTest {
    private static final String ORIGIN = "http://localhost:8888";

    @TempDir
    Path dir;
    private EventStore store;
    private List<Event> events;

    @BeforeEach
    void setUp() {
        store = EventStore.open(dir);
        events = TestApps.twoSyrianEvents(store);
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void geojsonHasThePlacedEventsWithFlatPropertiesAndTheSameFilters() {
        JavalinTest.test(TestApps.app(store), (server, client) -> {
            Response r = client.get("/api/events.geojson");
            assertEquals(200, r.code());
            assertTrue(r.header("Content-Type").startsWith("application/geo+json"), r.header("Content-Type"));
            assertEquals("2", r.header("X-Total-Count"));
            assertEquals("1", r.header("X-Without-Coordinates"), "the protest has no place: counted, not a feature");
            JsonNode g = json(r);
            assertEquals("FeatureCollection", g.get("type").asText());
            assertEquals(1, g.get("features").size());
            JsonNode f = g.get("features").get(0);
            assertEquals(events.get(0).id(), f.get("id").asText());
            assertEquals(37.16117, f.get("geometry").get("coordinates").get(0).asDouble(), 1e-5);
            assertEquals(36.20124, f.get("geometry").get("coordinates").get(1).asDouble(), 1e-5);
            JsonNode p = f.get("properties");
            assertEquals("2024-11-09", p.get("date").asText());
            assertEquals(3, p.get("dead").asInt());
            assertEquals("https://news.example/a", p.get("source_url").asText());
            p.fields().forEachRemaining(e -> assertTrue(e.getValue().isValueNode(), e.getKey() + " is flat"));
            // the filters of /api/events, checked the same way
            assertEquals(0, json(client.get("/api/events.geojson?type=PROTEST")).get("features").size());
            assertEquals(1, json(client.get("/api/events.geojson?from=2024-11-01&to=2024-11-10")).get("features").size());
            assertEquals(400, client.get("/api/events.geojson?colour=red").code());
            assertEquals(400, client.get("/api/events.geojson?limit=0").code());
        });
    }

    @Test
    void aCountryIsTheSameWhetherWrittenIso2OrIso3() {
        JavalinTest.test(TestApps.app(store), (server, client) -> {
            for (String route : List.of("/api/events", "/api/events?text=" + "تظاهر")) {
                String sep = route.contains("?") ? "&" : "?";
                // SY: the shelling placed in Syria and the Syrian demonstrators' protest; TR/TUR: the Turkish forces
                assertEquals(json(client.get(route + sep + "country=SYR")).get("total"),
                        json(client.get(route + sep + "country=sy")).get("total"), route);
                assertEquals(json(client.get(route + sep + "country=TUR")).get("total"),
                        json(client.get(route + sep + "country=TR")).get("total"), route);
            }
            assertEquals(2, json(client.get("/api/events?country=SY")).get("total").asInt());
            assertEquals(1, json(client.get("/api/events?country=TR")).get("total").asInt());
            assertEquals(json(client.get("/api/stats/type?country=SY")), json(client.get("/api/stats/type?country=SYR")));
            assertEquals(400, client.get("/api/events?country=XQZ").code(), "not a country code");
        });
    }

    @Test
    void corsIsOffByDefault() {
        JavalinTest.test(TestApps.app(store), (server, client) -> {
            Response r = client.get("/api/events", b -> b.header("Origin", ORIGIN));
            assertEquals(200, r.code());
            assertNull(r.header("Access-Control-Allow-Origin"));
            Response pre = client.request("/api/events", b -> b.method("OPTIONS", null).header("Origin", ORIGIN)
                    .header("Access-Control-Request-Method", "GET"));
            assertNull(pre.header("Access-Control-Allow-Origin"));
        });
    }

    @Test
    void corsAllowsTheGivenOriginToReadAndNoOther() {
        Javalin app = TestApps.app(store);
        Cors.allow(app, ORIGIN + "/");
        JavalinTest.test(app, (server, client) -> {
            Response r = client.get("/api/events", b -> b.header("Origin", ORIGIN));
            assertEquals(ORIGIN, r.header("Access-Control-Allow-Origin"));
            assertEquals(ORIGIN, client.get("/api/events.geojson", b -> b.header("Origin", ORIGIN))
                    .header("Access-Control-Allow-Origin"));
            assertEquals(ORIGIN, client.get("/openapi.json", b -> b.header("Origin", ORIGIN))
                    .header("Access-Control-Allow-Origin"));
            assertNull(client.get("/api/events", b -> b.header("Origin", "http://evil.example"))
                    .header("Access-Control-Allow-Origin"));
            assertNull(client.get("/api/events").header("Access-Control-Allow-Origin"), "no Origin, no grant");
            Response pre = client.request("/api/events?country=SY", b -> b.method("OPTIONS", null)
                    .header("Origin", ORIGIN).header("Access-Control-Request-Method", "GET"));
            assertEquals(204, pre.code());
            assertEquals(ORIGIN, pre.header("Access-Control-Allow-Origin"));
            assertTrue(pre.header("Access-Control-Allow-Methods").contains("GET"));
            Response other = client.request("/api/events", b -> b.method("OPTIONS", null)
                    .header("Origin", "http://evil.example").header("Access-Control-Request-Method", "GET"));
            assertNull(other.header("Access-Control-Allow-Origin"));
            Response ingest = client.request("/api/pages", b -> b.method("OPTIONS", null).header("Origin", ORIGIN)
                    .header("Access-Control-Request-Method", "POST"));
            assertNull(ingest.header("Access-Control-Allow-Origin"), "ingest stays same-origin");
        });
    }

    @Test
    void corsTakesOnlyAnOrigin() {
        assertEquals("http://localhost:8888", Cors.origin("HTTP://LocalHost:8888/"));
        for (String bad : List.of("localhost:8888", "*", "ftp://x.example", "http://x.example/path", "http://u@x.example")) {
            assertThrows(IllegalArgumentException.class, () -> Cors.origin(bad), bad);
        }
    }
}
