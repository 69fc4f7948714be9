package org.marsad.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Event;

class JsonlWriterTest {
    private static String jsonl(boolean withText, Event e, String sentence) throws IOException {
        StringWriter out = new StringWriter();
        try (EventWriter w = EventWriter.of("jsonl", out, new ExportOptions(false, false, withText, null))) {
            w.write(e, sentence);
        }
        return out.toString().strip();
    }

    @Test
    void withTextAddsTheSentenceAndTheRecordReadsBackTheSame() throws IOException {
        Event e = Events.shelling();
        String line = jsonl(true, e, "قصف الجيش السوري مواقع الفصائل في إدلب.");
        JsonNode n = new ObjectMapper().readTree(line);
        assertEquals("قصف الجيش السوري مواقع الفصائل في إدلب.", n.get("sentence_text").asText());
        assertEquals(EventJson.toJson(e), EventJson.toJson(EventJsonReader.read(line)), "readers ignore the text");
        assertFalse(new ObjectMapper().readTree(jsonl(false, e, "نص")).has("sentence_text"));
        assertNull(new ObjectMapper().readTree(jsonl(true, e, null)).get("sentence_text").textValue(),
                "null when the text is not at hand");
    }

    @Test
    void theParquetRowHasTypedCleanValues() {
        List<Object> row = EventTable.row(Events.shelling());
        assertEquals(EventTable.COLUMNS.size(), row.size());
        int lat = EventTable.COLUMNS.indexOf(new EventTable.Column("lat", EventTable.Kind.DOUBLE));
        assertEquals(35.93, row.get(lat), "35.930000001 is written as 35.93");
        int date = EventTable.COLUMNS.indexOf(new EventTable.Column("event_date", EventTable.Kind.DATE));
        assertEquals(LocalDate.of(2024, 11, 9), row.get(date));
        int published = EventTable.COLUMNS.indexOf(new EventTable.Column("published", EventTable.Kind.DATE));
        assertEquals(LocalDate.of(2024, 11, 10), row.get(published));
        assertEquals("2024-10", EventTable.month(Events.protest()));
    }
}
