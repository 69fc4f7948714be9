package org.marsad.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.model.Event;

/**
 * PLOVER records against the structure the PLOVER manual (draft 0.8, "JSON Data Fields") publishes: its field table,
 * the actor, text, citation and location objects, and its minimal example
 * {@code {"id": ..., "date": ..., "source": [{"code": "USA"}], "recipient": [{"code": "CAN"}], "event": ["CONSULT"]}}.
 * The expected structure is written out here by hand from the manual.
 */
class PloverJsonWriterTest {
    enum Shape { STRING, NUMBER, BOOLEAN, LIST_OF_STRINGS, LIST_OF_ACTORS, OBJECT }

    /** The manual's record fields and their shapes. */
    private static final Map<String, Shape> RECORD = Map.ofEntries(Map.entry("id", Shape.STRING),
            Map.entry("has_event", Shape.BOOLEAN), Map.entry("date", Shape.STRING), Map.entry("time", Shape.STRING),
            Map.entry("enddate", Shape.STRING), Map.entry("endtime", Shape.STRING),
            Map.entry("source", Shape.LIST_OF_ACTORS), Map.entry("recipient", Shape.LIST_OF_ACTORS),
            Map.entry("event", Shape.LIST_OF_STRINGS), Map.entry("event_loc", Shape.OBJECT),
            Map.entry("event_text", Shape.LIST_OF_STRINGS), Map.entry("quad_code", Shape.NUMBER),
            Map.entry("event_scale", Shape.NUMBER), Map.entry("mode", Shape.LIST_OF_STRINGS),
            Map.entry("context", Shape.LIST_OF_STRINGS), Map.entry("link", Shape.STRING), Map.entry("text", Shape.STRING),
            Map.entry("text_info", Shape.OBJECT), Map.entry("cite_info", Shape.OBJECT), Map.entry("coder", Shape.STRING),
            Map.entry("coded_date", Shape.STRING), Map.entry("coded_time", Shape.STRING),
            Map.entry("comment", Shape.STRING),
            // the manual's size object's names, as record fields
            Map.entry("dead", Shape.NUMBER), Map.entry("injured", Shape.NUMBER), Map.entry("arrested", Shape.NUMBER));
    private static final Set<String> REQUIRED = Set.of("id", "date", "source", "event");
    private static final Set<String> ACTOR = Set.of("code", "sector", "actor_text", "identifier_id", "identifier_text",
            "actor_loc", "religion", "ethnicity", "office", "gender", "age");
    private static final Set<String> TEXT_INFO = Set.of("sequence", "start", "end", "text_story");
    private static final Set<String> CITE_INFO = Set.of("corpus", "citation", "url", "title", "language",
            "publication", "license", "copyright", "coder", "codebook", "version");
    private static final Set<String> LOCATION = Set.of("geonameid", "name", "asciiname", "alternatenames", "latitude",
            "longitude", "feature class", "feature code", "country code", "cc3", "cc2", "admin1 code", "admin2 code",
            "admin3 code", "admin4 code", "population", "elevation", "dem", "timezone");
    private static final Set<String> TYPES = Set.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID",
            "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT");

    private static List<JsonNode> records(boolean withText, List<Event> events) throws IOException {
        StringWriter out = new StringWriter();
        try (EventWriter w = EventWriter.of("plover", out,
                new ExportOptions(false, false, withText, Instant.parse("2026-12-07T10:00:00Z")))) {
            for (Event e : events) {
                w.write(e, "جملة مكتوبة للاختبار.");
            }
        }
        List<JsonNode> out2 = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            out2.add(new ObjectMapper().readTree(line));
        }
        return out2;
    }

    private static void fieldsOf(JsonNode object, Set<String> allowed, String where) {
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            assertTrue(allowed.contains(k) || k.startsWith("marsad_"), where + ": '" + k + "' is not a PLOVER field");
        }
    }

    private static void shape(String field, JsonNode v, Shape s) {
        switch (s) {
            case STRING -> assertTrue(v.isTextual() || v.isNull(), field);
            case NUMBER -> assertTrue(v.isNumber(), field);
            case BOOLEAN -> assertTrue(v.isBoolean(), field);
            case OBJECT -> assertTrue(v.isObject(), field);
            case LIST_OF_STRINGS -> {
                assertTrue(v.isArray(), field);
                v.forEach(x -> assertTrue(x.isTextual(), field));
            }
            case LIST_OF_ACTORS -> {
                assertTrue(v.isArray(), field);
                v.forEach(x -> {
                    assertTrue(x.isObject(), field);
                    fieldsOf(x, ACTOR, field);
                });
            }
        }
    }

    @Test
    void everyRecordHasTheManualsStructure() throws IOException {
        List<JsonNode> records = records(true, Events.all());
        assertEquals(Events.all().size(), records.size());
        for (JsonNode r : records) {
            for (String k : REQUIRED) {
                assertTrue(r.has(k), "required field " + k + " in " + r);
            }
            fieldsOf(r, RECORD.keySet(), "record");
            for (Map.Entry<String, Shape> f : RECORD.entrySet()) {
                if (r.has(f.getKey())) {
                    shape(f.getKey(), r.get(f.getKey()), f.getValue());
                }
            }
            assertTrue(r.get("date").asText().matches("\\d{4}-\\d{2}-\\d{2}"), "date in YYYY-MM-DD: " + r.get("date"));
            assertEquals(1, r.get("event").size());
            assertTrue(TYPES.contains(r.get("event").get(0).asText()));
            fieldsOf(r.get("text_info"), TEXT_INFO, "text_info");
            fieldsOf(r.get("cite_info"), CITE_INFO, "cite_info");
            if (r.has("event_loc")) {
                fieldsOf(r.get("event_loc"), LOCATION, "event_loc");
            }
        }
    }

    @Test
    void actorsAreEntitiesWithTheirTextAndStatusIsASpecialContext() throws IOException {
        List<JsonNode> records = records(false, List.of(Events.shelling(), Events.plannedMeeting()));
        JsonNode shelling = records.get(0);
        JsonNode source = shelling.get("source").get(0);
        assertEquals("SYR", source.get("code").asText());
        assertEquals("MIL", source.get("sector").asText());
        assertEquals("الجيش السوري", source.get("actor_text").asText());
        assertEquals("Syrian armed forces", source.get("identifier_text").asText());
        assertEquals("heavy-weapons", shelling.get("mode").get(0).asText());
        assertEquals("military", shelling.get("context").get(0).asText());
        assertEquals(4, shelling.get("quad_code").asInt());
        assertEquals(35.93, shelling.get("event_loc").get("latitude").asDouble(), 1e-12);
        assertEquals("SY", shelling.get("event_loc").get("country code").asText());
        assertEquals("SYR", shelling.get("event_loc").get("cc3").asText());
        assertEquals(3, shelling.get("dead").asInt());
        assertEquals("2026-12-07", shelling.get("coded_date").asText());
        assertTrue(!shelling.has("text"), "the sentence only with --with-text");
        JsonNode planned = records.get(1);
        assertTrue(planned.get("context").toString().contains("\"future\""), planned.toString());
        assertEquals(0, planned.get("recipient").size(), "no recipient: an empty list");
        assertEquals("جملة مكتوبة للاختبار.", records(true, List.of(Events.shelling())).get(0).get("text").asText());
    }
}
