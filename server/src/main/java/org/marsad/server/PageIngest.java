package org.marsad.server;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpStatus;
import io.javalin.http.ServiceUnavailableResponse;
import io.javalin.http.UnauthorizedResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.marsad.core.pipeline.PageResult;
import org.marsad.core.pipeline.Pipeline;
import org.marsad.core.budget.PageBudget;
import org.marsad.core.segment.Page;
import org.marsad.core.segment.PageText;
import org.marsad.store.EventStore;
import org.marsad.store.IngestOutcome;

/**
 * {@code POST /api/pages}: a page (JSON {@code {text, title, url, published}}, plain text as a scraped page, or
 * HTML; read and checked by {@link PostedPage}) through the pipeline into the store. Requires {@code Authorization: Bearer TOKEN}; refused when the server
 * has no token.
 */
public final class PageIngest {
    /** The pipeline, built on the ingest thread at the first posted page (its lexicons take about a second). */
    private final java.util.function.Supplier<Pipeline> pipelines;
    private Pipeline pipeline;
    private final EventStore store;
    /**
     * The one thread that reads and stores the posted pages, whichever server thread took the request: the
     * pipeline's per-thread caches (words seen before) stay warm and exist once, instead of once per server thread.
     */
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "marsad-ingest");
        t.setDaemon(true);
        return t;
    });

    public PageIngest(Pipeline pipeline, EventStore store) {
        this(() -> pipeline, store);
    }

    /**
     * Takes the pipeline from {@code pipelines} when the first page is posted, not before: a server that is only
     * read never loads the lexicons, and one that is posted to starts answering reads before they are loaded.
     */
    public PageIngest(java.util.function.Supplier<Pipeline> pipelines, EventStore store) {
        this.pipelines = pipelines;
        this.store = store;
    }

    /** The pipeline, built at the first call (on the ingest thread only, so without a lock). */
    private Pipeline pipeline() {
        if (pipeline == null) {
            pipeline = java.util.Objects.requireNonNull(pipelines.get(), "pipeline");
        }
        return pipeline;
    }

    /**
     * Refuses a request without the token (403 when ingest is off, 401 without the right token). Checked before the
     * ingest lane is entered, so that a caller without the token never waits in line nor holds it.
     */
    static void authorize(Context ctx, String token) {
        if (token == null) {
            throw new ForbiddenResponse("ingest over HTTP is off: start the server with --token-file FILE or MARSAD_TOKEN");
        }
        String auth = ctx.header("Authorization");
        if (auth == null || !auth.startsWith("Bearer ") || !same(auth.substring(7), token)) {
            throw new UnauthorizedResponse("send Authorization: Bearer <token>");
        }
    }

    /** The request attribute holding the page {@link PostedPage#read read} before the ingest lane is entered. */
    static final String PAGE = "marsad.posted-page";

    /**
     * Codes and stores the page read into {@link #PAGE} (the caller has {@link #authorize authorized} the request
     * and read its body, so that a slow or oversized body never holds the ingest lane).
     */
    void handle(Context ctx) {
        Page page = ctx.attribute(PAGE);
        if (page == null) {
            throw new IllegalStateException("the posted page was not read before the ingest lane");
        }
        PageResult r;
        IngestOutcome outcome;
        try {
            Page clean = PageText.clean(page);
            r = worker.submit(() -> {
                Pipeline p = pipeline();
                PageResult[] coded = new PageResult[1];
                PageBudget.run(PageBudget.configured(), () -> coded[0] = p.process(clean));
                return coded[0];
            }).get();
            outcome = worker.submit(() -> store.store(r)).get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof PageBudget.Exceeded over) {
                throw new io.javalin.http.HttpResponseException(HttpStatus.UNPROCESSABLE_CONTENT.getCode(),
                        "the page was not coded: " + over.getMessage());
            }
            throw e.getCause() instanceof RuntimeException x ? x : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceUnavailableResponse("the server is stopping");
        }
        ctx.status(outcome == IngestOutcome.STORED ? HttpStatus.CREATED : HttpStatus.OK)
                .contentType("application/json").result(Json.object(g -> {
                    g.writeStringField("doc_id", page.docId());
                    g.writeStringField("outcome", outcome.name().toLowerCase(java.util.Locale.ROOT));
                    g.writeNumberField("articles", r.articles().size());
                    Json.events(g, "events", r.events());
                }));
    }

    private static boolean same(String given, String token) {
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
    }
}
