package org.marsad.server;

import static org.marsad.server.TestApps.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.core.pipeline.PageResult;
import org.marsad.core.segment.Page;
import org.marsad.core.segment.PageFormat;
import org.marsad.core.segment.PageMeta;
import org.marsad.model.DatePrecision;
import org.marsad.model.Event;
import org.marsad.model.EventDate;
import org.marsad.model.EventStatus;
import org.marsad.model.EventType;
import org.marsad.model.GeoPrecision;
import org.marsad.model.Location;
import org.marsad.model.Size;
import org.marsad.model.Span;
import org.marsad.model.Trigger;
import org.marsad.store.EventStore;

class ClusterRoutesTest {

    @TempDir
    Path dir;
    private EventStore store;
    private Javalin app;

    /** One page of two outlets each telling the same bombing in Mosul, a day apart in their dating. */
    private static PageResult report(String outlet, String text, String day, int dead) {
        Page page = Page.of(outlet + ".txt", PageFormat.SCRAPED_TEXT, text,
                new PageMeta(null, outlet, LocalDate.parse(day), null));
        int at = text.indexOf("انفجار");
        Trigger t = new Trigger("انفجار", at, at + 6);
        int place = text.indexOf("الموصل");
        Location mosul = new Location("الموصل", place, place + 6, "Mosul", "الموصل", 99072L, 36.34, 43.13, "IQ",
                "Nineveh", "PPLA", GeoPrecision.TOWN);
        Event e = new Event(Event.idFor(page.docId(), 0, t, EventType.ASSAULT), page.docId(), 0, EventType.ASSAULT,
                null, null, "183", 4, EventStatus.OCCURRED, null, null, t,
                new EventDate(day, DatePrecision.DAY, null, null, null), mosul, new Size(dead, null, null, null, false),
                new Span(0, text.length()), null, "test", 0.7);
        return TestApps.bodyOnly(page, List.of(e));
    }

    @BeforeEach
    void setUp() {
        store = EventStore.open(dir);
        store.store(report("a.example", "قتل أربعة في انفجار عبوة في الموصل.", "2024-05-02", 4));
        store.store(report("b.example", "أسفر انفجار عبوة ناسفة في الموصل عن ستة قتلى.", "2024-05-03", 6));
        app = TestApps.app(store);
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void twoReportsOfOneBombingAreOneClusterWithBothReports() {
        JavalinTest.test(app, (server, client) -> {
            JsonNode list = json(client.get("/api/clusters?type=assault&min_mentions=2"));
            assertEquals(1, list.get("total").asInt());
            JsonNode cluster = list.get("clusters").get(0);
            assertEquals(2, cluster.get("mentions").asInt());
            assertEquals(6, cluster.get("size").get("dead").get("value").asInt());
            JsonNode one = json(client.get("/api/clusters/" + cluster.get("id").asText()));
            assertEquals(2, one.get("reports").size());
            assertEquals(cluster, one.get("cluster"));
        });
    }

    @Test
    void badParametersAre400AndUnknownClustersAre404() {
        JavalinTest.test(app, (server, client) -> {
            for (String q : List.of("type=BOGUS", "from=yesterday", "min_mentions=0", "limit=0", "colour=red",
                    "from=2024-02-01&to=2024-01-01")) {
                assertEquals(400, client.get("/api/clusters?" + q).code(), q);
            }
            assertEquals(400, client.get("/api/clusters/e-0123").code());
            assertEquals(404, client.get("/api/clusters/c-0123456789abcdef").code());
            assertTrue(client.get("/openapi.json").body().string().contains("/api/clusters/{id}"));
            Response js = client.get("/clusters.js");
            assertEquals(200, js.code(), "the happenings layer is served");
            assertTrue(!js.body().string().contains("innerHTML"), "it builds text nodes, never HTML from data");
        });
    }
}
