package org.marsad.core.dedup;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.marsad.model.Entity;
import org.marsad.export.EventJson;
import org.marsad.model.Location;
import org.marsad.model.Sector;

/**
 * An {@link EventCluster} as one line of JSON ({@code "schema": "marsad.cluster/1"}, snake_case keys, null for
 * absent knowledge): the merged fields, each with the report it came from, the counts with the reports that gave
 * them, the report ids, the outlets and why the reports were merged ({@code merged_on}). The store, the API and
 * the Spark job all write clusters this way.
 */
public final class ClusterJson {
    public static final String SCHEMA = "marsad.cluster/1";
    private static final JsonFactory FACTORY = JsonFactory.builder().build();
    /** The counts a cluster's {@code size} always names (as an event's {@code size} does). */
    static final java.util.List<String> COUNTS = java.util.List.of("dead", "injured", "arrested", "displaced");

    private ClusterJson() {
    }

    public static String toJson(EventCluster c) {
        StringWriter out = new StringWriter(512);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("schema", SCHEMA);
            g.writeStringField("id", c.id());
            g.writeStringField("type", c.type().name());
            g.writeStringField("status", c.status().json());
            g.writeNumberField("mentions", c.mentions());
            g.writeNumberField("docs", c.docs());
            g.writeNumberField("sources", c.sources());
            g.writeArrayFieldStart("outlets");
            for (String o : c.outlets()) {
                g.writeString(o);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("merged_on");
            for (String k : c.mergedOn()) {
                g.writeString(k);
            }
            g.writeEndArray();
            writeDate(g, c);
            writeLocation(g, c.location(), c.placeFrom());
            writeEntity(g, "actor", c.actor());
            writeEntity(g, "recipient", c.recipient());
            writeCounts(g, c);
            g.writeStringField("first_published", c.firstPublished());
            g.writeStringField("last_published", c.lastPublished());
            g.writeArrayFieldStart("reports");
            for (String r : c.reports()) {
                g.writeString(r);
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * The best-dated report's date; when no report gives one, the first publication day with precision
     * {@code reported} (as an event's undated report is coded), so that a cluster is always placed in time.
     */
    private static void writeDate(JsonGenerator g, EventCluster c) throws IOException {
        g.writeObjectFieldStart("date");
        boolean undated = c.date().value() == null && c.firstPublished() != null;
        g.writeStringField("value", undated ? c.firstPublished() : c.date().value());
        g.writeStringField("precision", undated ? "reported" : c.date().precision().json());
        g.writeStringField("from", undated ? null : c.dateFrom());
        g.writeEndObject();
    }

    private static void writeLocation(JsonGenerator g, Location l, String from) throws IOException {
        if (l == null) {
            g.writeNullField("location");
            return;
        }
        g.writeObjectFieldStart("location");
        g.writeStringField("text", l.text());
        EventJson.writeResolvedPlace(g, l);
        if (l.precision() == null) {
            g.writeNullField("precision");
        } else {
            g.writeNumberField("precision", l.precision().code());
        }
        g.writeStringField("from", from);
        g.writeEndObject();
    }

    private static void writeEntity(JsonGenerator g, String name, Entity e) throws IOException {
        if (e == null) {
            g.writeNullField(name);
            return;
        }
        g.writeObjectFieldStart(name);
        g.writeStringField("text", e.text());
        g.writeStringField("code", e.code());
        g.writeStringField("country", e.country());
        g.writeStringField("sector", Sector.json(e.sector()));
        g.writeStringField("name_en", e.nameEn());
        g.writeEndObject();
    }

    /** Every count of {@link #COUNTS}: the value with the reports that gave it, or null when none did. */
    private static void writeCounts(JsonGenerator g, EventCluster c) throws IOException {
        g.writeObjectFieldStart("size");
        for (String field : COUNTS) {
            EventCluster.CountClaim claim = c.counts().stream().filter(x -> x.field().equals(field)).findFirst()
                    .orElse(null);
            if (claim == null) {
                g.writeNullField(field);
                continue;
            }
            g.writeObjectFieldStart(claim.field());
            g.writeNumberField("value", claim.value());
            g.writeBooleanField("approximate", claim.approximate());
            g.writeArrayFieldStart("reports");
            for (String r : claim.reports()) {
                g.writeString(r);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndObject();
    }
}
