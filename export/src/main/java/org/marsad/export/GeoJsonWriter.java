package org.marsad.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import org.marsad.model.Entity;
import org.marsad.model.Event;
import org.marsad.model.GeoPrecision;
import org.marsad.model.Location;
import org.marsad.model.Mode;

/**
 * A GeoJSON FeatureCollection (RFC 7946) for QGIS, Kepler.gl and ogr: one Point Feature per event with coordinates,
 * its properties flat and typed (strings, numbers, booleans; no nested objects or JSON in strings), so that every
 * property is a column of the layer. Events without coordinates cannot be drawn: they are counted, and
 * {@link #summary()} says how many were left out.
 *
 * <p>Use: {@code try (GeoJsonWriter w = new GeoJsonWriter(out)) { for (Event e : events) w.write(e); }}.
 */
public final class GeoJsonWriter implements EventWriter {
    private final Writer out;
    private final JsonGenerator g;
    private int features;
    private int withoutCoordinates;

    public GeoJsonWriter(Writer out) throws IOException {
        this.out = out;
        this.g = new JsonFactory().createGenerator(out);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.writeStartObject();
        g.writeStringField("type", "FeatureCollection");
        g.writeArrayFieldStart("features");
    }

    @Override
    public void write(Event e, String sentence) throws IOException {
        Location l = e.location();
        if (l == null || l.lat() == null || l.lon() == null) {
            withoutCoordinates++;
            return;
        }
        g.writeStartObject();
        g.writeStringField("type", "Feature");
        g.writeStringField("id", e.id());
        g.writeObjectFieldStart("geometry");
        g.writeStringField("type", "Point");
        g.writeArrayFieldStart("coordinates");
        g.writeNumber(Numbers.round(l.lon(), 5));
        g.writeNumber(Numbers.round(l.lat(), 5));
        g.writeEndArray();
        g.writeEndObject();
        g.writeObjectFieldStart("properties");
        properties(e, l);
        g.writeEndObject();
        g.writeEndObject();
        features++;
    }

    private void properties(Event e, Location l) throws IOException {
        g.writeStringField("id", e.id());
        var dated = AcledMapping.dated(e.date());
        g.writeStringField("date", dated.map(AcledMapping.Dated::day).orElse(null));
        g.writeStringField("date_value", e.date().value());
        g.writeStringField("date_precision", e.date().precision().json());
        g.writeStringField("type", e.type().name());
        g.writeStringField("mode", Mode.json(e.mode()));
        g.writeStringField("contexts", String.join(";", e.contexts()));
        g.writeStringField("status", e.status().json());
        g.writeStringField("cameo", e.cameo());
        writeInt("quad_class", e.quadClass());
        entity("actor", e.actor());
        entity("recipient", e.recipient());
        g.writeStringField("trigger", e.trigger().text());
        g.writeStringField("place", l.name() != null ? l.name() : l.text());
        g.writeStringField("place_text", l.text());
        g.writeStringField("country_code", l.countryCode());
        g.writeStringField("admin1", l.admin1());
        writeInt("geo_precision", GeoPrecision.code(l.precision()));
        writeInt("dead", e.size().dead());
        writeInt("injured", e.size().injured());
        writeInt("arrested", e.size().arrested());
        writeInt("displaced", e.size().displaced());
        g.writeBooleanField("approximate", e.size().approximate());
        g.writeStringField("source_url", e.source() == null ? null : e.source().url());
        g.writeStringField("outlet", e.source() == null ? null : e.source().outlet());
        g.writeStringField("published", e.source() == null ? null : e.source().published());
        g.writeNumberField("confidence", Numbers.round(e.confidence(), 3));
        g.writeStringField("rule", e.rule());
    }

    private void entity(String side, Entity x) throws IOException {
        g.writeStringField(side, x == null ? null : x.nameEn() != null ? x.nameEn() : x.text());
        g.writeStringField(side + "_code", x == null ? null : x.code());
        g.writeStringField(side + "_text", x == null ? null : x.text());
    }

    private void writeInt(String name, Integer v) throws IOException {
        if (v == null) {
            g.writeNullField(name);
        } else {
            g.writeNumberField(name, v);
        }
    }

    /** Features written so far. */
    public int features() {
        return features;
    }

    /** Events left out so far because they have no coordinates. */
    public int withoutCoordinates() {
        return withoutCoordinates;
    }

    @Override
    public String summary() {
        return withoutCoordinates == 0 ? "" : withoutCoordinates + " events without coordinates left out of the map layer ("
                + features + " features written)";
    }

    @Override
    public void close() throws IOException {
        g.writeEndArray();
        g.writeEndObject();
        g.close();
        out.write('\n');
        out.flush();
    }
}
