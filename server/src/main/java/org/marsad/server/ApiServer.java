package org.marsad.server;

import io.javalin.Javalin;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.marsad.store.Dimension;
import org.marsad.store.EventQuery;
import org.marsad.store.EventStore;
import org.marsad.store.StoredPage;
import org.marsad.store.search.SearchHit;
import org.marsad.store.search.SearchResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The routes of the API and the web map. {@link #create} builds the app; the caller starts it. */
public final class ApiServer {
    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);
    private static final String SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
            + "script-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'none'";

    private ApiServer() {
    }

    /** The app with the admission lanes of {@code config}: reads, and ingests one at a time. */
    public static Javalin create(EventStore store, PageIngest ingest, ServerConfig config) {
        return create(store, ingest, config, new Admission("read", config.maxReads(), config.admissionWait()),
                new Admission("ingest", 1, config.admissionWait()));
    }

    /** The app with the given admission lanes (tests hold them to see the server wait or refuse). */
    static Javalin create(EventStore store, PageIngest ingest, ServerConfig config, Admission reads,
                          Admission ingests) {
        Javalin app = Javalin.create(c -> {
            c.http.maxRequestSize = config.maxBodyBytes(); // for ctx.body(); POST /api/pages counts bytes read (PostedPage)
            c.showJavalinBanner = false;
            c.staticFiles.enableWebjars();
            c.staticFiles.add(s -> {
                s.directory = "/org/marsad/server/web";
                s.location = Location.CLASSPATH;
                s.hostedPath = "/";
            });
        });
        app.before(ctx -> {
            ctx.header("Content-Security-Policy", SECURITY_POLICY);
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Referrer-Policy", "no-referrer");
            refuseMethodOverride(ctx);
        });
        app.get("/api/events", reads.admit(ctx -> events(ctx, store)));
        app.get("/api/events/{id}", reads.admit(ctx -> event(ctx, store)));
        app.get("/api/stats/{by}", reads.admit(ctx -> stats(ctx, store)));
        app.get("/api/search", reads.admit(ctx -> search(ctx, store)));
        ClusterRoutes.register(app, store, reads);
        GeoJsonRoute.register(app, store, reads);
        var admittedIngest = ingests.admit(ingest::handle);
        app.post("/api/pages", ctx -> {
            PageIngest.authorize(ctx, config.token());
            ctx.attribute(PageIngest.PAGE, PostedPage.read(ctx, config.maxBodyBytes()));
            admittedIngest.handle(ctx);
        });
        app.get("/openapi.json", ctx -> ctx.contentType("application/json").result(resource("openapi.json")));
        app.exception(HttpResponseException.class, (e, ctx) -> ctx.status(e.getStatus())
                .contentType("application/json").result(Json.error(e.getMessage())));
        app.exception(IllegalArgumentException.class, (e, ctx) -> ctx.status(HttpStatus.BAD_REQUEST)
                .contentType("application/json").result(Json.error(e.getMessage())));
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("request {} failed", ctx.path(), e);
            ctx.status(HttpStatus.INTERNAL_SERVER_ERROR).contentType("application/json")
                    .result(Json.error("internal error; see the server log"));
        });
        app.error(HttpStatus.NOT_FOUND, ctx -> {
            if (ctx.path().startsWith("/api/") && ctx.result() == null) {
                ctx.contentType("application/json").result(Json.error("no such resource"));
            }
        });
        return app;
    }

    /**
     * Javalin routes a request by its {@code X-HTTP-Method-Override} header when it has one, so a GET or PUT with
     * the token could store a page; the API has no use for it, so any request that carries it is refused (405).
     */
    private static void refuseMethodOverride(Context ctx) {
        if (ctx.header("X-HTTP-Method-Override") != null) {
            throw new HttpResponseException(HttpStatus.METHOD_NOT_ALLOWED.getCode(),
                    "X-HTTP-Method-Override is not accepted: send the request with its real method");
        }
    }

    private static void events(Context ctx, EventStore store) {
        EventQuery q = Params.eventQuery(ctx);
        var found = store.eventPage(q);
        ctx.contentType("application/json").result(Json.object(g -> {
            g.writeNumberField("total", found.total());
            g.writeNumberField("limit", q.limit());
            g.writeNumberField("offset", q.offset());
            Json.records(g, "events", found.items());
        }));
    }

    private static void event(Context ctx, EventStore store) {
        String id = ctx.pathParam("id");
        if (!id.matches("e-[0-9a-f]{1,64}")) {
            throw new BadRequestResponse("an event id looks like e-3f9a0c1d2b4e5f60");
        }
        String record = store.eventJson(id).orElseThrow(() -> new NotFoundResponse("no event " + id));
        String docId = Json.topLevelString(record, "doc_id");
        StoredPage page = (docId == null ? java.util.Optional.<StoredPage>empty() : store.page(docId))
                .orElseThrow(() -> new NotFoundResponse("the page of " + id + " is gone"));
        ctx.contentType("application/json").result(Json.object(g -> {
            g.writeFieldName("event");
            g.writeRawValue(record);
            Json.page(g, page);
        }));
    }

    private static void stats(Context ctx, EventStore store) {
        Dimension by;
        try {
            by = Dimension.valueOf(ctx.pathParam("by").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestResponse("count by day, type, country, admin1 or actor");
        }
        EventQuery q = Params.eventQuery(ctx);
        var counts = store.countBy(by, new EventQuery(q.type(), q.status(), q.country(), q.actor(), q.from(), q.to(),
                q.text(), Integer.MAX_VALUE, 0));
        ctx.contentType("application/json").result(Json.object(g -> {
            g.writeStringField("by", by.name().toLowerCase(Locale.ROOT));
            Json.counts(g, counts);
        }));
    }

    /** Full-text article search: {@code q} (required, at most 200 chars), {@code limit} 1..100, {@code offset}. */
    private static void search(Context ctx, EventStore store) {
        for (String k : ctx.queryParamMap().keySet()) {
            if (!java.util.Set.of("q", "limit", "offset").contains(k)) {
                throw new BadRequestResponse("unknown parameter '" + k + "'; known: q, limit, offset");
            }
        }
        String q = Params.param(ctx, "q");
        if (q == null) {
            throw new BadRequestResponse("q (the words to search for) is required");
        }
        int limit = Params.integer(ctx, "limit", 20, 1, 100);
        int offset = Params.integer(ctx, "offset", 0, 0, 9_900);
        SearchResult r = store.search(q, limit, offset);
        ctx.contentType("application/json").result(Json.object(g -> {
            g.writeNumberField("total", r.total());
            g.writeNumberField("limit", limit);
            g.writeNumberField("offset", offset);
            g.writeArrayFieldStart("hits");
            for (SearchHit h : r.hits()) {
                h.writeJson(g);
            }
            g.writeEndArray();
        }));
    }

    static String resource(String name) {
        try (InputStream in = ApiServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource missing from the jar: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
