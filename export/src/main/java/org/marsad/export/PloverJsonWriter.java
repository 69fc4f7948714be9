package org.marsad.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.time.ZoneOffset;
import org.marsad.model.Entity;
import org.marsad.model.Event;
import org.marsad.model.EventStatus;
import org.marsad.model.Location;

/**
 * PLOVER JSON Lines: one record a line with the field names and shapes of the PLOVER manual's "JSON Data Fields"
 * (draft 0.8, openeventdata/PLOVER, CC BY-SA 4.0): {@code id}, {@code date}, {@code source} and {@code recipient}
 * as lists of actor objects ({@code code}, {@code sector}, {@code actor_text}, {@code identifier_text}),
 * {@code event}, {@code mode} and {@code context} as lists, {@code event_loc} as a GeoNames-named location object,
 * {@code event_text}, {@code quad_code}, {@code text_info}, {@code cite_info}, {@code coder}, {@code coded_date}, and
 * the size object's {@code dead}, {@code injured}, {@code arrested}. A status other than "occurred" is written as
 * the manual's special contexts ({@code future}, {@code hypothetical}, {@code negation}). Marsad's own additions are
 * prefixed {@code marsad_}. The sentence itself ({@code text}) only with {@link ExportOptions#withText()}: the manual
 * fills it only when the data set may carry the text.
 */
final class PloverJsonWriter implements EventWriter {
    static final String CODEBOOK = "PLOVER manual draft 0.8";
    private final Writer out;
    private final ExportOptions options;
    private final JsonFactory factory = new JsonFactory();

    PloverJsonWriter(Writer out, ExportOptions options) {
        this.out = out;
        this.options = options;
    }

    @Override
    public void write(Event e, String sentence) throws IOException {
        try (JsonGenerator g = factory.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            record(g, e, sentence);
        }
        out.write('\n');
    }

    private void record(JsonGenerator g, Event e, String sentence) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", e.id());
        g.writeBooleanField("has_event", true);
        var dated = AcledMapping.dated(e.date());
        String published = e.source() == null ? null : e.source().published();
        g.writeStringField("date", dated.map(AcledMapping.Dated::day)
                .orElse(e.date().value() != null ? e.date().value() : published));
        actors(g, "source", e.actor());
        actors(g, "recipient", e.recipient());
        g.writeArrayFieldStart("event");
        g.writeString(e.type().name());
        g.writeEndArray();
        location(g, e.location());
        g.writeArrayFieldStart("event_text");
        g.writeString(e.trigger().text());
        g.writeEndArray();
        if (e.quadClass() != null) {
            g.writeNumberField("quad_code", e.quadClass());
        }
        g.writeArrayFieldStart("mode");
        if (e.mode() != null) {
            g.writeString(e.mode().json());
        }
        g.writeEndArray();
        g.writeArrayFieldStart("context");
        for (String c : e.contexts()) {
            g.writeString(c);
        }
        String special = special(e.status());
        if (special != null) {
            g.writeString(special);
        }
        g.writeEndArray();
        if (e.size().dead() != null) {
            g.writeNumberField("dead", e.size().dead());
        }
        if (e.size().injured() != null) {
            g.writeNumberField("injured", e.size().injured());
        }
        if (e.size().arrested() != null) {
            g.writeNumberField("arrested", e.size().arrested());
        }
        if (options.withText()) {
            g.writeStringField("text", sentence);
        }
        g.writeObjectFieldStart("text_info");
        g.writeNumberField("start", e.sentence().start());
        g.writeNumberField("end", e.sentence().end());
        g.writeEndObject();
        g.writeObjectFieldStart("cite_info");
        if (e.source() != null && e.source().url() != null) {
            g.writeStringField("url", e.source().url());
        }
        if (e.source() != null && e.source().outlet() != null) {
            g.writeStringField("publication", e.source().outlet());
        }
        g.writeStringField("language", "ar");
        g.writeStringField("coder", "Marsad " + e.rule());
        g.writeStringField("codebook", CODEBOOK);
        g.writeEndObject();
        g.writeStringField("coder", "Marsad");
        g.writeStringField("coded_date", options.now().atZone(ZoneOffset.UTC).toLocalDate().toString());
        g.writeStringField("marsad_date_precision", e.date().precision().json());
        g.writeStringField("marsad_status", e.status().json());
        g.writeStringField("marsad_cameo", e.cameo());
        g.writeStringField("marsad_doc_id", e.docId());
        if (e.source() != null && e.source().published() != null) {
            g.writeStringField("marsad_published", e.source().published());
        }
        g.writeNumberField("marsad_confidence", Numbers.round(e.confidence(), 3));
        g.writeEndObject();
    }

    /** The manual's special contexts for what did not (yet) happen. */
    static String special(EventStatus s) {
        switch (s) {
            case PLANNED:
            case THREATENED:
                return "future";
            case HYPOTHETICAL:
                return "hypothetical";
            case NEGATED:
                return "negation";
            default:
                return null;
        }
    }

    private static void actors(JsonGenerator g, String field, Entity x) throws IOException {
        g.writeArrayFieldStart(field);
        if (x != null) {
            g.writeStartObject();
            String top = x.country() != null ? x.country() : x.code() != null && x.code().length() >= 3
                    ? x.code().substring(0, 3) : null;
            if (top != null) {
                g.writeStringField("code", top);
            }
            if (x.sector() != null) {
                g.writeStringField("sector", x.sector().json());
            }
            g.writeStringField("actor_text", x.text());
            if (x.nameEn() != null) {
                g.writeStringField("identifier_text", x.nameEn());
            }
            if (x.code() != null) {
                g.writeStringField("marsad_code", x.code());
            }
            g.writeObjectFieldStart("marsad_span");
            g.writeNumberField("start", x.start());
            g.writeNumberField("end", x.end());
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** The place as a location object with GeoNames' field names (the manual's Location object). */
    private static void location(JsonGenerator g, Location l) throws IOException {
        if (l == null) {
            return;
        }
        g.writeObjectFieldStart("event_loc");
        if (l.geonameid() != null) {
            g.writeNumberField("geonameid", l.geonameid());
        }
        g.writeStringField("name", l.name() != null ? l.name() : l.text());
        if (l.lat() != null && l.lon() != null) {
            g.writeNumberField("latitude", Numbers.round(l.lat(), 5));
            g.writeNumberField("longitude", Numbers.round(l.lon(), 5));
        }
        if (l.featureCode() != null) {
            g.writeStringField("feature code", l.featureCode());
        }
        if (l.countryCode() != null) {
            g.writeStringField("country code", l.countryCode());
            var c = Countries.of(l.countryCode());
            if (c.isPresent()) {
                g.writeStringField("cc3", c.get().iso3());
            }
        }
        if (l.admin1() != null) {
            g.writeStringField("marsad_admin1_name", l.admin1());
        }
        g.writeStringField("marsad_text", l.text());
        if (l.precision() != null) {
            g.writeNumberField("marsad_geo_precision", l.precision().code());
        }
        g.writeEndObject();
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
