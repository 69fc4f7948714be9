package org.marsad.server;

import io.javalin.Javalin;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.marsad.model.EventType;
import org.marsad.store.ClusterQuery;
import org.marsad.store.EventStore;

/**
 * {@code GET /api/clusters} (happenings told by one or more reports, most-reported first) and
 * {@code GET /api/clusters/{id}} (one happening with its reports as event records).
 */
final class ClusterRoutes {
    private static final Set<String> KNOWN = Set.of("type", "from", "to", "min_mentions", "limit", "offset");

    private ClusterRoutes() {
    }

    static void register(Javalin app, EventStore store, Admission reads) {
        app.get("/api/clusters", reads.admit(ctx -> list(ctx, store)));
        app.get("/api/clusters/{id}", reads.admit(ctx -> one(ctx, store)));
    }

    private static void list(Context ctx, EventStore store) {
        ClusterQuery q = query(ctx);
        long total = store.clusters().count(q);
        List<String> records = store.clusters().records(q);
        ctx.contentType("application/json").result(Json.object(g -> {
            g.writeNumberField("total", total);
            g.writeNumberField("limit", q.limit());
            g.writeNumberField("offset", q.offset());
            g.writeArrayFieldStart("clusters");
            for (String r : records) {
                g.writeRawValue(r);
            }
            g.writeEndArray();
        }));
    }

    private static void one(Context ctx, EventStore store) {
        String id = ctx.pathParam("id");
        if (!id.matches("c-[0-9a-f]{1,64}")) {
            throw new BadRequestResponse("a cluster id looks like c-3f9a0c1d2b4e5f60");
        }
        String record = store.clusters().record(id).orElseThrow(() -> new NotFoundResponse("no cluster " + id));
        var reports = store.clusters().reports(id);
        ctx.contentType("application/json").result(Json.object(g -> {
            g.writeFieldName("cluster");
            g.writeRawValue(record);
            Json.events(g, "reports", reports);
        }));
    }

    static ClusterQuery query(Context ctx) {
        for (String k : ctx.queryParamMap().keySet()) {
            if (!KNOWN.contains(k)) {
                throw new BadRequestResponse("unknown parameter '" + k + "'; known: " + String.join(", ", KNOWN));
            }
        }
        String type = Params.param(ctx, "type");
        if (type != null) {
            type = type.toUpperCase(Locale.ROOT);
            if (!isType(type)) {
                throw new BadRequestResponse("type must be one of PLOVER's 16 types, e.g. ASSAULT");
            }
        }
        LocalDate from = date(ctx, "from");
        LocalDate to = date(ctx, "to");
        if (from != null && to != null && to.isBefore(from)) {
            throw new BadRequestResponse("'to' is before 'from'");
        }
        return new ClusterQuery(type, from, to, Params.integer(ctx, "min_mentions", 1, 1, 1_000_000),
                Params.integer(ctx, "limit", 100, 1, Params.MAX_LIMIT), Params.integer(ctx, "offset", 0, 0, 10_000_000));
    }

    private static LocalDate date(Context ctx, String name) {
        String v = Params.param(ctx, name);
        try {
            return v == null ? null : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new BadRequestResponse(name + " must be a date like 2024-11-09");
        }
    }

    private static boolean isType(String s) {
        for (EventType t : EventType.values()) {
            if (t.name().equals(s)) {
                return true;
            }
        }
        return false;
    }
}
