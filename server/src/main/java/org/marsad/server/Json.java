package org.marsad.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.marsad.model.Event;
import org.marsad.export.EventJson;
import org.marsad.store.StoredPage;

/** The API's response bodies; event records are written by {@link EventJson}, the one place for them. */
final class Json {
    private static final JsonFactory FACTORY = new JsonFactory();

    private Json() {
    }

    interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    static String object(Body body) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.writeStartObject();
            body.write(g);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static void events(JsonGenerator g, String field, List<Event> events) throws IOException {
        g.writeFieldName(field);
        g.writeStartArray();
        for (Event e : events) {
            g.writeRawValue(EventJson.toJson(e));
        }
        g.writeEndArray();
    }

    /** Event records already written as JSON (as the store keeps them). */
    static void records(JsonGenerator g, String field, List<String> records) throws IOException {
        g.writeFieldName(field);
        g.writeStartArray();
        for (String r : records) {
            g.writeRawValue(r);
        }
        g.writeEndArray();
    }

    static void page(JsonGenerator g, StoredPage p) throws IOException {
        g.writeObjectFieldStart("page");
        g.writeStringField("doc_id", p.docId());
        g.writeStringField("url", p.url());
        g.writeStringField("outlet", p.outlet());
        g.writeStringField("published", p.published());
        g.writeStringField("title", p.title());
        g.writeStringField("text", p.text());
        g.writeEndObject();
    }

    static void counts(JsonGenerator g, Map<String, Long> counts) throws IOException {
        g.writeArrayFieldStart("counts");
        for (Map.Entry<String, Long> c : counts.entrySet()) {
            g.writeStartObject();
            g.writeStringField("key", c.getKey());
            g.writeNumberField("count", c.getValue());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /**
     * The string value of a top-level field of a JSON object (as a stored event record's {@code doc_id}), read
     * without building the object; null when the field is missing or not a string.
     */
    static String topLevelString(String json, String field) {
        try (JsonParser p = FACTORY.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String name = p.currentName();
                JsonToken v = p.nextToken();
                if (name.equals(field)) {
                    return v == JsonToken.VALUE_STRING ? p.getText() : null;
                }
                p.skipChildren();
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String error(String message) {
        return object(g -> g.writeStringField("error", message));
    }
}
