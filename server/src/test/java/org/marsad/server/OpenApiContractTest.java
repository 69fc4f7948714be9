package org.marsad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.marsad.server.TestApps.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Event;
import org.marsad.store.EventStore;

/**
 * /openapi.json checked against the code: every route the app registers is documented with its method (and every
 * documented one exists), and the answer of every route, called on a store with events, clusters and pages, fits the
 * schema of its documented response: no field the schema does not name, every required field, the declared types,
 * enums and nullability.
 */
class OpenApiContractTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<HandlerType> DOCUMENTED = Set.of(HandlerType.GET, HandlerType.POST, HandlerType.PUT,
            HandlerType.PATCH, HandlerType.DELETE);

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
    void everyRouteIsDocumentedAndEveryDocumentedRouteExists() throws Exception {
        Javalin app = TestApps.app(store);
        Cors.allow(app, "http://localhost:8888"); // its OPTIONS routes are CORS preflights, not API
        JsonNode api = MAPPER.readTree(ApiServer.resource("openapi.json"));
        Set<String> registered = new TreeSet<>();
        for (var e : app.unsafeConfig().pvt.internalRouter.allHttpHandlers()) {
            if (DOCUMENTED.contains(e.getEndpoint().getMethod()) && !e.getEndpoint().getPath().startsWith("/webjars")) {
                registered.add(e.getEndpoint().getMethod().name().toLowerCase(Locale.ROOT) + " " + e.getEndpoint().getPath());
            }
        }
        Set<String> documented = new TreeSet<>();
        api.get("paths").fields().forEachRemaining(p -> p.getValue().fieldNames()
                .forEachRemaining(m -> documented.add(m + " " + p.getKey())));
        assertTrue(registered.contains("get /api/events.geojson"), registered.toString());
        assertEquals(registered, documented, "routes vs /openapi.json paths");
    }

    @Test
    void everyAnswerFitsItsDocumentedSchema() {
        JavalinTest.test(TestApps.app(store), (server, client) -> {
            JsonNode api = json(client.get("/openapi.json"));
            // a page through the real pipeline too, so the records have what the pipeline writes (mentions, modes)
            Response posted = client.post("/api/pages", "{\"text\": \"أعلن الجيش السوري أمس أن طائرات قصفت بلدة قرب "
                    + "حماة فقتل خمسة مدنيين وأصيب عشرة آخرون.\", \"published\": \"2024-11-14\", \"url\": "
                    + "\"https://news.example/c\"}", b -> b.header("Authorization", "Bearer " + TestApps.TOKEN)
                    .header("Content-Type", "application/json"));
            assertEquals(201, posted.code());
            List<String> errors = new ArrayList<>();
            check(api, "/api/pages", "post", "201", json(posted), errors);
            String cluster = json(client.get("/api/clusters")).get("clusters").get(0).get("id").asText();
            String[][] calls = {
                {"/api/events", "/api/events?limit=1000"},
                {"/api/events.geojson", "/api/events.geojson"},
                {"/api/events/{id}", "/api/events/" + events.get(0).id()},
                {"/api/stats/{by}", "/api/stats/type"},
                {"/api/stats/{by}", "/api/stats/country"},
                {"/api/stats/{by}", "/api/stats/day"},
                {"/api/search", "/api/search?q=" + "حلب"},
                {"/api/clusters", "/api/clusters?limit=1000"},
                {"/api/clusters/{id}", "/api/clusters/" + cluster},
            };
            for (String[] call : calls) {
                Response r = client.get(call[1]);
                assertEquals(200, r.code(), call[1]);
                check(api, call[0], "get", "200", json(r), errors);
            }
            check(api, "/api/events", "get", "400", json(client.get("/api/events?colour=red")), errors);
            assertTrue(errors.isEmpty(), String.join("\n", errors));
        });
    }

    @Test
    void theCheckFindsAnUndocumentedField() throws Exception {
        JsonNode api = MAPPER.readTree(ApiServer.resource("openapi.json"));
        List<String> errors = new ArrayList<>();
        JsonNode body = MAPPER.readTree("{\"total\": 1, \"limit\": 1, \"offset\": 0, \"events\": [], \"extra\": 1}");
        check(api, "/api/events", "get", "200", body, errors);
        assertEquals(1, errors.size(), errors.toString());
        errors.clear();
        check(api, "/api/events", "get", "200", MAPPER.readTree("{\"total\": \"1\", \"limit\": 1, \"offset\": 0}"), errors);
        assertEquals(2, errors.size(), errors.toString()); // total not an integer, events missing
    }

    private static void check(JsonNode api, String path, String method, String status, JsonNode body,
                              List<String> errors) {
        JsonNode response = api.at("/paths/" + path.replace("~", "~0").replace("/", "~1") + "/" + method
                + "/responses/" + status);
        response = resolve(api, response);
        JsonNode content = response.path("content");
        if (!content.isObject() || !content.fields().hasNext()) {
            errors.add(method + " " + path + " " + status + ": no documented content schema");
            return;
        }
        validate(api, body, content.fields().next().getValue().get("schema"), method + " " + path + " " + status, errors);
    }

    private static JsonNode resolve(JsonNode api, JsonNode n) {
        while (n != null && n.has("$ref")) {
            n = api.at(n.get("$ref").asText().substring(1));
        }
        return n;
    }

    static void validate(JsonNode api, JsonNode value, JsonNode schema, String where, List<String> errors) {
        schema = resolve(api, schema);
        boolean nullable = schema.path("nullable").asBoolean(false);
        if (schema.has("allOf")) {
            if (value.isNull() && nullable) {
                return;
            }
            for (JsonNode s : schema.get("allOf")) {
                validate(api, value, s, where, errors);
            }
            return;
        }
        if (value.isNull()) {
            if (!nullable) {
                errors.add(where + ": null where the schema says " + schema.path("type").asText() + " (not nullable)");
            }
            return;
        }
        String type = schema.path("type").asText("");
        boolean fits = switch (type) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            default -> true;
        };
        if (!fits) {
            errors.add(where + ": " + value.getNodeType() + " where the schema says " + type);
            return;
        }
        if (schema.has("enum")) {
            boolean listed = false;
            for (JsonNode e : schema.get("enum")) {
                listed |= e.equals(value);
            }
            if (!listed) {
                errors.add(where + ": " + value + " is not one of " + schema.get("enum"));
            }
        }
        if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                validate(api, value.get(i), schema.get("items"), where + "[" + i + "]", errors);
            }
        }
        if (value.isObject()) {
            JsonNode props = schema.path("properties");
            boolean closed = schema.has("additionalProperties") && !schema.get("additionalProperties").asBoolean(true);
            value.fields().forEachRemaining(f -> {
                if (props.has(f.getKey())) {
                    validate(api, f.getValue(), props.get(f.getKey()), where + "." + f.getKey(), errors);
                } else if (closed) {
                    errors.add(where + "." + f.getKey() + ": a field /openapi.json does not name");
                }
            });
            for (JsonNode req : schema.path("required")) {
                if (!value.has(req.asText())) {
                    errors.add(where + "." + req.asText() + ": required by /openapi.json, missing");
                }
            }
        }
    }
}
