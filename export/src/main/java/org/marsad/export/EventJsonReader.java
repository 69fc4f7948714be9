package org.marsad.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
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

/** Reads back what {@link EventJson} wrote (the store keeps records as JSON and exports re-read them). */
public final class EventJsonReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private EventJsonReader() {
    }

    /** One record; an {@link IllegalArgumentException} says what is wrong with a bad one. */
    public static Event read(String json) {
        JsonNode n;
        try {
            n = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not an event record: " + e.getOriginalMessage(), e);
        }
        if (n == null || !Event.SCHEMA.equals(n.path("schema").asText())) {
            throw new IllegalArgumentException("not a " + Event.SCHEMA + " record");
        }
        List<String> contexts = new ArrayList<>();
        n.path("contexts").forEach(c -> contexts.add(c.asText()));
        List<Mention> mentions = new ArrayList<>();
        n.path("mentions").forEach(m -> mentions.add(new Mention(span(m.get("sentence")), trigger(m.get("trigger")))));
        return new Event(text(n, "id"), text(n, "doc_id"), n.path("article").asInt(),
                EventType.valueOf(n.path("type").asText()), Mode.fromJson(text(n, "mode")), contexts, text(n, "cameo"),
                integer(n, "quad_class"), EventStatus.fromJson(n.path("status").asText()), entity(n.get("actor")),
                entity(n.get("recipient")), trigger(n.get("trigger")), date(n.get("date")), location(n.get("location")),
                size(n.get("size")), span(n.get("sentence")), source(n.get("source")), text(n, "rule"),
                n.path("confidence").asDouble(), mentions);
    }

    private static String text(JsonNode n, String key) {
        JsonNode v = n == null ? null : n.get(key);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Integer integer(JsonNode n, String key) {
        JsonNode v = n == null ? null : n.get(key);
        return v == null || v.isNull() ? null : v.asInt();
    }

    private static Double real(JsonNode n, String key) {
        JsonNode v = n.get(key);
        return v == null || v.isNull() ? null : v.asDouble();
    }

    private static Span span(JsonNode n) {
        return new Span(n.path("start").asInt(), n.path("end").asInt());
    }

    private static Trigger trigger(JsonNode n) {
        return new Trigger(text(n, "text"), n.path("start").asInt(), n.path("end").asInt());
    }

    private static Entity entity(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        return new Entity(text(n, "text"), n.path("start").asInt(), n.path("end").asInt(), text(n, "code"),
                text(n, "country"), Sector.fromJson(text(n, "sector")), text(n, "name_en"),
                n.path("country_inferred").asBoolean(false));
    }

    private static EventDate date(JsonNode n) {
        if (n == null || n.isNull()) {
            return EventDate.UNKNOWN;
        }
        return new EventDate(text(n, "value"), DatePrecision.fromJson(n.path("precision").asText("unknown")),
                text(n, "text"), integer(n, "start"), integer(n, "end"));
    }

    private static Location location(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        JsonNode id = n.get("geonameid");
        return new Location(text(n, "text"), n.path("start").asInt(), n.path("end").asInt(), text(n, "name"),
                text(n, "name_ar"), id == null || id.isNull() ? null : id.asLong(), real(n, "lat"), real(n, "lon"),
                text(n, "country_code"), text(n, "admin1"), text(n, "feature_code"), GeoPrecision.of(integer(n, "precision")));
    }

    private static Size size(JsonNode n) {
        if (n == null || n.isNull()) {
            return Size.NONE;
        }
        return new Size(integer(n, "dead"), integer(n, "injured"), integer(n, "arrested"), integer(n, "displaced"),
                n.path("approximate").asBoolean());
    }

    private static Source source(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        return new Source(text(n, "url"), text(n, "outlet"), text(n, "published"), text(n, "attributed_to"));
    }
}
