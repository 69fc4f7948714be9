package org.marsad.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Event;

class GeoJsonWriterTest {
    @TempDir
    Path dir;

    private static String geojson(List<Event> events, String[] summary) throws IOException {
        StringWriter out = new StringWriter();
        try (GeoJsonWriter w = new GeoJsonWriter(out)) {
            for (Event e : events) {
                w.write(e);
            }
            summary[0] = w.summary();
        }
        return out.toString();
    }

    private static long withCoordinates(List<Event> events) {
        return events.stream().filter(e -> e.location() != null && e.location().lat() != null).count();
    }

    @Test
    void propertiesAreFlatAndTypedAndEventsWithoutCoordinatesAreCounted() throws IOException {
        String[] summary = new String[1];
        JsonNode fc = new ObjectMapper().readTree(geojson(Events.all(), summary));
        long mapped = withCoordinates(Events.all());
        assertEquals(mapped, fc.get("features").size());
        long left = Events.all().size() - mapped;
        assertTrue(left > 0, "the fixture has events without a place");
        assertTrue(summary[0].startsWith(left + " events without coordinates left out"), summary[0]);
        for (JsonNode f : fc.get("features")) {
            for (Iterator<Map.Entry<String, JsonNode>> it = f.get("properties").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> p = it.next();
                assertTrue(p.getValue().isValueNode(), "flat: " + p.getKey() + " is " + p.getValue());
                assertFalse(p.getValue().isTextual() && p.getValue().asText().startsWith("{"), p.getKey());
            }
        }
        JsonNode shelling = fc.get("features").get(0);
        assertEquals(36.63, shelling.get("geometry").get("coordinates").get(0).asDouble(), 1e-9, "longitude first");
        assertEquals("35.93", shelling.get("geometry").get("coordinates").get(1).toString(), "clean floats");
        JsonNode p = shelling.get("properties");
        assertEquals("2024-11-09", p.get("date").asText());
        assertEquals("ASSAULT", p.get("type").asText());
        assertEquals("Syrian armed forces", p.get("actor").asText());
        assertTrue(p.get("dead").isInt());
        assertEquals(1, p.get("geo_precision").asInt());
        assertEquals("day", p.get("date_precision").asText());
        assertEquals("https://example.org/news/1", p.get("source_url").asText());
    }

    @Test
    void ogrinfoOpensTheLayerWithOneFeaturePerEventWithCoordinates() throws Exception {
        Assumptions.assumeTrue(onPath("ogrinfo"),
                "ogrinfo is not installed (apt-get install gdal-bin); .ci/run installs it so CI runs this check");
        Path file = dir.resolve("events.geojson");
        Files.writeString(file, geojson(Events.all(), new String[1]), StandardCharsets.UTF_8);
        Process p = new ProcessBuilder("ogrinfo", "-ro", "-al", "-so", file.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        Matcher count = Pattern.compile("Feature Count: (\\d+)").matcher(out);
        assertTrue(count.find(), out);
        assertEquals(withCoordinates(Events.all()), Long.parseLong(count.group(1)), out);
        assertTrue(out.contains("Geometry: Point"), out);
        assertTrue(Pattern.compile("(?m)^date: Date").matcher(out).find(), "ogr reads the ISO date as a Date: " + out);
        assertTrue(Pattern.compile("(?m)^dead: Integer").matcher(out).find(), out);
        assertTrue(Pattern.compile("(?m)^confidence: Real").matcher(out).find(), out);
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String d : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, program))) {
                return true;
            }
        }
        return false;
    }
}
