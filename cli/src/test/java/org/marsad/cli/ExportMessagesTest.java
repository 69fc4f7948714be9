package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What export and extract say about the events a format leaves out, and their flags (pages made up for the test). */
class ExportMessagesTest {
    private static final String PAGE = "عنوان الخبر\n\nقصفت طائرات حربية مدينة إدلب يوم الأحد وقتل ثلاثة مدنيين.\n\n"
            + "وهدد وزير الخارجية بالرد على الهجوم.\n";

    @TempDir
    Path dir;

    private static String run(int expected, String... args) {
        CliRun r = CliRun.of(args);
        assertEquals(expected, r.code(), r.err());
        return r.err();
    }

    private Path store() throws Exception {
        Path pages = Files.createDirectories(dir.resolve("pages"));
        Files.writeString(pages.resolve("a.txt"), PAGE, StandardCharsets.UTF_8);
        Path db = dir.resolve("db");
        run(0, "ingest", pages.toString(), "--db", db.toString(), "--published", "2024-11-10");
        return db;
    }

    @Test
    void exportSaysHowManyEventsEachFormatLeftOutAndWhy() throws Exception {
        Path db = store();
        Path jsonl = dir.resolve("all.jsonl");
        run(0, "export", "--format", "jsonl", "-o", jsonl.toString(), "--db", db.toString());
        List<JsonNode> events = new java.util.ArrayList<>();
        for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
            events.add(new ObjectMapper().readTree(line));
        }
        long withoutPlace = events.stream().filter(e -> e.get("location").isNull()
                || e.get("location").get("lat").isNull()).count();
        assertTrue(withoutPlace > 0 && withoutPlace < events.size(), "the page has events with and without a place");
        String geo = run(0, "export", "--format", "geojson", "-o", dir.resolve("e.geojson").toString(), "--db",
                db.toString());
        assertTrue(geo.contains(withoutPlace + " events without coordinates left out of the map layer"), geo);
        JsonNode fc = new ObjectMapper().readTree(dir.resolve("e.geojson").toFile());
        assertEquals(events.size() - withoutPlace, fc.get("features").size());

        String acled = run(0, "export", "--format", "acled", "-o", dir.resolve("e.csv").toString(), "--db",
                db.toString(), "--bom");
        assertTrue(acled.contains("events ACLED does not code left out") && acled.contains("THREATEN"), acled);
        byte[] csv = Files.readAllBytes(dir.resolve("e.csv"));
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(csv[0], csv[1], csv[2]), "--bom");
    }

    @Test
    void withTextCarriesTheSentenceTheOffsetsPointInto() throws Exception {
        Path db = store();
        Path out = dir.resolve("t.jsonl");
        run(0, "export", "--format", "jsonl", "--with-text", "-o", out.toString(), "--db", db.toString());
        for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
            JsonNode e = new ObjectMapper().readTree(line);
            String sentence = e.get("sentence_text").asText();
            int start = e.get("sentence").get("start").asInt();
            JsonNode trigger = e.get("trigger");
            assertEquals(trigger.get("text").asText(), sentence.substring(trigger.get("start").asInt() - start,
                    trigger.get("end").asInt() - start));
        }
        Path page = dir.resolve("pages").resolve("a.txt");
        String extract = run(0, "extract", page.toString(), "--published", "2024-11-10", "--format", "plover",
                "--with-text", "-o", dir.resolve("p.jsonl").toString());
        assertTrue(extract.contains("events"), extract);
        JsonNode first = new ObjectMapper().readTree(Files.readAllLines(dir.resolve("p.jsonl")).get(0));
        assertTrue(PAGE.contains(first.get("text").asText()), first.toString());
    }
}
