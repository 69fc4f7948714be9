package org.marsad.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.DatePrecision;
import org.marsad.model.Entity;
import org.marsad.model.Event;
import org.marsad.model.EventDate;
import org.marsad.model.EventStatus;
import org.marsad.model.EventType;
import org.marsad.model.GeoPrecision;
import org.marsad.model.Location;
import org.marsad.model.Mention;
import org.marsad.model.Mode;
import org.marsad.model.Sector;
import org.marsad.model.Size;
import org.marsad.model.Source;
import org.marsad.model.Span;
import org.marsad.model.Trigger;

class EventJsonTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static Event sample() {
        Trigger t = new Trigger("قصفت", 10, 14);
        return new Event(Event.idFor("d-1", 0, t, EventType.ASSAULT), "d-1", 0, EventType.ASSAULT, Mode.HEAVY_WEAPONS,
                List.of("military"), "195", 4, EventStatus.OCCURRED,
                new Entity("القوات التركية", 15, 29, "TURMIL", "TUR", Sector.MIL, "Turkish armed forces"), null, t,
                new EventDate("2024-11-09", DatePrecision.DAY, "السبت", 30, 35), null,
                new Size(7, null, null, null, false), new Span(0, 60),
                new Source(null, "example.org", "2024-11-10", null), "ASSAULT/قصف#1", 0.8);
    }

    @Test
    void everySpecKeyIsWrittenOnOneLine() throws Exception {
        String json = EventJson.toJson(sample());
        assertFalse(json.contains("\n"), "JSON Lines: one object per line");
        JsonNode n = MAPPER.readTree(json);
        for (String k : List.of("schema", "id", "doc_id", "article", "type", "mode", "contexts", "cameo", "quad_class",
                "status", "actor", "recipient", "trigger", "date", "location", "size", "sentence", "source", "rule",
                "confidence")) {
            assertTrue(n.has(k), "missing key " + k);
        }
        assertEquals("marsad.event/1", n.get("schema").asText());
        assertEquals("occurred", n.get("status").asText());
        assertEquals("TURMIL", n.get("actor").get("code").asText());
        assertTrue(n.get("recipient").isNull(), "absent knowledge is null");
        assertEquals("day", n.get("date").get("precision").asText());
        assertEquals(7, n.get("size").get("dead").asInt());
        assertTrue(n.get("size").get("injured").isNull());
        assertEquals("example.org", n.get("source").get("outlet").asText());
        assertTrue(n.get("source").has("attributed_to"));
    }

    @Test
    void arabicIsWrittenAsCharactersAndEscapedWhereJsonNeedsIt() throws Exception {
        Trigger t = new Trigger("\"قصف\"\n", 0, 6);
        Event e = new Event("e-1", "d-1", 0, EventType.ASSAULT, null, null, null, null, EventStatus.OCCURRED, null,
                null, t, null, null, null, new Span(0, 6), null, "r", 0.5);
        String json = EventJson.toJson(e);
        assertTrue(json.contains("قصف"));
        assertEquals("\"قصف\"\n", MAPPER.readTree(json).get("trigger").get("text").asText());
        assertEquals("unknown", MAPPER.readTree(json).get("date").get("precision").asText(), "no date: unknown");
    }

    @Test
    void whatIsWrittenReadsBackEqual() {
        Event e = sample().merged(sample().actor(), null, sample().date(), new Location("إدلب", 40, 44, "Idlib", "إدلب",
                169387L, 35.93, 36.63, "SY", "Idlib", "PPLA", GeoPrecision.TOWN), sample().size(),
                List.of(new Mention(new Span(70, 120), new Trigger("اجتماع", 75, 81))));
        assertEquals(e, EventJsonReader.read(EventJson.toJson(e)));
    }

    @Test
    void anInferredCountryIsMarkedAndReadBackAndAStatedOneIsNot() {
        Entity inferred = new Entity("الجيش", 15, 20, "SYRMIL", "SYR", Sector.MIL, null, true);
        Event e = sample().merged(inferred, null, sample().date(), null, sample().size(), List.of());
        String json = EventJson.toJson(e);
        assertTrue(json.contains("\"country_inferred\":true"), json);
        assertEquals(e, EventJsonReader.read(json));
        assertNull(inferred.statedCountry());
        assertEquals("TUR", sample().actor().statedCountry());
        assertFalse(EventJson.toJson(sample()).contains("country_inferred"));
    }

    @Test
    void aForeignRecordIsRefusedWithAReason() {
        IllegalArgumentException x = assertThrows(IllegalArgumentException.class,
                () -> EventJsonReader.read("{\"schema\":\"other/2\"}"));
        assertTrue(x.getMessage().contains("marsad.event/1"));
    }

    @Test
    void idIsStableAndDependsOnTriggerSpanAndType() {
        Trigger t = new Trigger("قصف", 3, 6);
        assertEquals(Event.idFor("d-1", 0, t, EventType.ASSAULT), Event.idFor("d-1", 0, t, EventType.ASSAULT));
        assertFalse(Event.idFor("d-1", 0, t, EventType.ASSAULT).equals(Event.idFor("d-1", 0, t, EventType.COERCE)));
        assertFalse(Event.idFor("d-1", 0, t, EventType.ASSAULT)
                .equals(Event.idFor("d-1", 0, new Trigger("قصف", 4, 7), EventType.ASSAULT)));
    }

    @Test
    void anEventWithoutTriggerIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Event("e", "d", 0, EventType.ASSAULT, null, null, null,
                null, EventStatus.OCCURRED, null, null, null, null, null, null, new Span(0, 1), null, "r", 1));
    }

    @Test
    void quadClassesFollowCameo() {
        assertEquals(4, EventType.ASSAULT.quadClass());
        assertEquals(1, EventType.CONSULT.quadClass());
        assertEquals(3, EventType.PROTEST.quadClass());
    }
}
