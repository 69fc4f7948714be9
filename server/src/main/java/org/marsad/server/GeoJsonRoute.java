package org.marsad.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.marsad.export.GeoJsonWriter;
import org.marsad.model.Event;
import org.marsad.store.EventQuery;
import org.marsad.store.EventStore;

/**
 * {@code GET /api/events.geojson}: the events {@code /api/events} selects (the same filters, limit and offset) as a
 * GeoJSON FeatureCollection written by the export's {@link GeoJsonWriter} (flat typed properties), for QGIS, Kepler.gl
 * or a notebook. Events without coordinates are not features: {@code X-Without-Coordinates} says how many were left
 * out, {@code X-Total-Count} how many the filters select in all.
 */
final class GeoJsonRoute {
    static final String PATH = "/api/events.geojson";

    private GeoJsonRoute() {
    }

    static void register(Javalin app, EventStore store, Admission reads) {
        app.get(PATH, reads.admit(ctx -> geojson(ctx, store)));
    }

    private static void geojson(Context ctx, EventStore store) {
        EventQuery q = Params.eventQuery(ctx);
        long total = store.count(q);
        StringWriter out = new StringWriter();
        int left;
        try (GeoJsonWriter w = new GeoJsonWriter(out)) {
            for (Event e : store.events(q)) {
                w.write(e, null);
            }
            left = w.withoutCoordinates();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ctx.header("X-Total-Count", Long.toString(total));
        ctx.header("X-Without-Coordinates", Integer.toString(left));
        ctx.contentType("application/geo+json").result(out.toString());
    }
}
