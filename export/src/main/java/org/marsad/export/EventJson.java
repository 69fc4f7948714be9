package org.marsad.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.marsad.model.Entity;
import org.marsad.model.Event;
import org.marsad.model.EventDate;
import org.marsad.model.GeoPrecision;
import org.marsad.model.Location;
import org.marsad.model.Mention;
import org.marsad.model.Mode;
import org.marsad.model.Sector;
import org.marsad.model.Size;
import org.marsad.model.Source;

/**
 * The one place where an {@link Event} becomes JSON ({@code marsad.event/1}, snake_case keys,
 * null for absent knowledge). One event is one line of JSON Lines.
 */
public final class EventJson {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private EventJson() {
    }

    /** One event as a single-line JSON object. */
    public static String toJson(Event e) {
        StringWriter out = new StringWriter(1024);
        write(e, out);
        return out.toString();
    }

    /** Writes one event as a single-line JSON object, without a line break. */
    public static void write(Event e, Writer out) {
        write(e, false, null, out);
    }

    /**
     * Writes one event with {@code "sentence_text"} after its {@code sentence} span: the text the span points into
     * (null when not at hand). Readers ignore the field; the record is otherwise the same.
     */
    public static void write(Event e, String sentenceText, Writer out) {
        write(e, true, sentenceText, out);
    }

    private static void write(Event e, boolean withText, String sentenceText, Writer out) {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            writeEvent(g, e, withText, sentenceText);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static void writeEvent(JsonGenerator g, Event e, boolean withText, String sentenceText)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("schema", Event.SCHEMA);
        g.writeStringField("id", e.id());
        g.writeStringField("doc_id", e.docId());
        g.writeNumberField("article", e.article());
        g.writeStringField("type", e.type().name());
        g.writeStringField("mode", Mode.json(e.mode()));
        g.writeArrayFieldStart("contexts");
        for (String c : e.contexts()) {
            g.writeString(c);
        }
        g.writeEndArray();
        g.writeStringField("cameo", e.cameo());
        writeInt(g, "quad_class", e.quadClass());
        g.writeStringField("status", e.status().json());
        writeEntity(g, "actor", e.actor());
        writeEntity(g, "recipient", e.recipient());
        g.writeObjectFieldStart("trigger");
        g.writeStringField("text", e.trigger().text());
        g.writeNumberField("start", e.trigger().start());
        g.writeNumberField("end", e.trigger().end());
        g.writeEndObject();
        writeDate(g, e.date());
        writeLocation(g, e.location());
        writeSize(g, e.size());
        g.writeObjectFieldStart("sentence");
        g.writeNumberField("start", e.sentence().start());
        g.writeNumberField("end", e.sentence().end());
        g.writeEndObject();
        if (withText) {
            g.writeStringField("sentence_text", sentenceText);
        }
        writeSource(g, e.source());
        writeMentions(g, e);
        g.writeStringField("rule", e.rule());
        g.writeNumberField("confidence", Math.round(e.confidence() * 1000) / 1000.0);
        g.writeEndObject();
    }

    private static void writeMentions(JsonGenerator g, Event e) throws IOException {
        g.writeArrayFieldStart("mentions");
        for (Mention m : e.mentions()) {
            g.writeStartObject();
            g.writeObjectFieldStart("sentence");
            g.writeNumberField("start", m.sentence().start());
            g.writeNumberField("end", m.sentence().end());
            g.writeEndObject();
            g.writeObjectFieldStart("trigger");
            g.writeStringField("text", m.trigger().text());
            g.writeNumberField("start", m.trigger().start());
            g.writeNumberField("end", m.trigger().end());
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeEntity(JsonGenerator g, String name, Entity x) throws IOException {
        if (x == null) {
            g.writeNullField(name);
            return;
        }
        g.writeObjectFieldStart(name);
        g.writeStringField("text", x.text());
        g.writeNumberField("start", x.start());
        g.writeNumberField("end", x.end());
        g.writeStringField("code", x.code());
        g.writeStringField("country", x.country());
        g.writeStringField("sector", Sector.json(x.sector()));
        g.writeStringField("name_en", x.nameEn());
        if (x.countryInferred()) {
            g.writeBooleanField("country_inferred", true);
        }
        g.writeEndObject();
    }

    private static void writeDate(JsonGenerator g, EventDate d) throws IOException {
        g.writeObjectFieldStart("date");
        g.writeStringField("value", d.value());
        g.writeStringField("precision", d.precision().json());
        g.writeStringField("text", d.text());
        writeInt(g, "start", d.start());
        writeInt(g, "end", d.end());
        g.writeEndObject();
    }

    /** The resolved fields of a place (name to admin-1), as every Marsad record writes them. */
    public static void writeResolvedPlace(JsonGenerator g, Location l) throws IOException {
        g.writeStringField("name", l.name());
        g.writeStringField("name_ar", l.nameAr());
        if (l.geonameid() == null) {
            g.writeNullField("geonameid");
        } else {
            g.writeNumberField("geonameid", l.geonameid());
        }
        writeDouble(g, "lat", l.lat());
        writeDouble(g, "lon", l.lon());
        g.writeStringField("country_code", l.countryCode());
        g.writeStringField("admin1", l.admin1());
    }

    private static void writeLocation(JsonGenerator g, Location l) throws IOException {
        if (l == null) {
            g.writeNullField("location");
            return;
        }
        g.writeObjectFieldStart("location");
        g.writeStringField("text", l.text());
        g.writeNumberField("start", l.start());
        g.writeNumberField("end", l.end());
        writeResolvedPlace(g, l);
        g.writeStringField("feature_code", l.featureCode());
        writeInt(g, "precision", GeoPrecision.code(l.precision()));
        g.writeEndObject();
    }

    private static void writeSize(JsonGenerator g, Size s) throws IOException {
        g.writeObjectFieldStart("size");
        writeInt(g, "dead", s.dead());
        writeInt(g, "injured", s.injured());
        writeInt(g, "arrested", s.arrested());
        writeInt(g, "displaced", s.displaced());
        g.writeBooleanField("approximate", s.approximate());
        g.writeEndObject();
    }

    private static void writeSource(JsonGenerator g, Source s) throws IOException {
        if (s == null) {
            g.writeNullField("source");
            return;
        }
        g.writeObjectFieldStart("source");
        g.writeStringField("url", s.url());
        g.writeStringField("outlet", s.outlet());
        g.writeStringField("published", s.published());
        g.writeStringField("attributed_to", s.attributedTo());
        g.writeEndObject();
    }

    private static void writeInt(JsonGenerator g, String name, Integer v) throws IOException {
        if (v == null) {
            g.writeNullField(name);
        } else {
            g.writeNumberField(name, v);
        }
    }

    private static void writeDouble(JsonGenerator g, String name, Double v) throws IOException {
        if (v == null) {
            g.writeNullField(name);
        } else {
            g.writeNumberField(name, v);
        }
    }
}
