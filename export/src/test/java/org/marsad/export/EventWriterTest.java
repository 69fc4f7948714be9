package org.marsad.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
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
import org.marsad.model.Mode;
import org.marsad.model.Sector;
import org.marsad.model.Size;
import org.marsad.model.Source;
import org.marsad.model.Span;
import org.marsad.model.Trigger;

class EventWriterTest {

    private static Event shelling(String mode, String recipientSector, Location where) {
        Trigger t = new Trigger("قصفت", 0, 4);
        Entity victim = recipientSector == null ? null
                : new Entity("مدنيين، \"أطفال\"", 20, 35, "SYR" + recipientSector, "SYR", Sector.fromJson(recipientSector), "civilians");
        return new Event("e-1", "d-1", 0, EventType.ASSAULT, Mode.fromJson(mode), List.of(), "195", 4, EventStatus.OCCURRED,
                new Entity("القوات التركية", 5, 19, "TURMIL", "TUR", Sector.MIL, "Turkish armed forces"), victim, t,
                new EventDate("2024-11-09", DatePrecision.DAY, "السبت", 40, 45), where, new Size(3, null, null, null, false),
                new Span(0, 60), new Source("http://example.org/a", "example.org", "2024-11-10", null), "ASSAULT/قصف#1", 0.8);
    }

    private static String write(String format, Event... events) throws IOException {
        StringWriter out = new StringWriter();
        try (EventWriter w = EventWriter.of(format, out)) {
            for (Event e : events) {
                w.write(e);
            }
        }
        return out.toString();
    }

    private static final Location IDLIB = new Location("إدلب", 50, 54, "Idlib", "إدلب", 169387L, 35.93, 36.63, "SY",
            "Idlib", "PPLA", GeoPrecision.TOWN);

    @Test
    void geoJsonHasOneFeaturePerGeocodedEventOnly() throws IOException {
        JsonNode fc = new ObjectMapper().readTree(write("geojson", shelling(null, null, IDLIB), shelling(null, null, null)));
        assertEquals("FeatureCollection", fc.get("type").asText());
        assertEquals(1, fc.get("features").size(), "the event without a place is left out");
        JsonNode coords = fc.get("features").get(0).get("geometry").get("coordinates");
        assertEquals(36.63, coords.get(0).asDouble(), 1e-9, "GeoJSON puts longitude first");
        assertEquals("ASSAULT", fc.get("features").get(0).get("properties").get("type").asText());
    }

    @Test
    void anUnknownFormatSaysWhichExist() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EventWriter.of("xml", new StringWriter()));
        assertTrue(e.getMessage().contains("jsonl, acled, plover, gdelt, geojson"), e.getMessage());
    }
}
