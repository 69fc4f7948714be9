package org.marsad.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import org.marsad.model.Event;
import org.marsad.model.Location;

/**
 * A GeoJSON FeatureCollection: one Point Feature per geocoded event (events without coordinates are left out),
 * the whole event record as the Feature's properties.
 */
final class GeoJsonWriter implements EventWriter {
    private final Writer out;
    private final JsonGenerator g;

    GeoJsonWriter(Writer out) throws IOException {
        this.out = out;
        this.g = new JsonFactory().createGenerator(out);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.writeStartObject();
        g.writeStringField("type", "FeatureCollection");
        g.writeArrayFieldStart("features");
    }

    @Override
    public void write(Event e) throws IOException {
        Location l = e.location();
        if (l == null || l.lat() == null || l.lon() == null) {
            return;
        }
        g.writeStartObject();
        g.writeStringField("type", "Feature");
        g.writeStringField("id", e.id());
        g.writeObjectFieldStart("geometry");
        g.writeStringField("type", "Point");
        g.writeArrayFieldStart("coordinates");
        g.writeNumber(l.lon());
        g.writeNumber(l.lat());
        g.writeEndArray();
        g.writeEndObject();
        g.writeFieldName("properties");
        g.writeRawValue(EventJson.toJson(e));
        g.writeEndObject();
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
