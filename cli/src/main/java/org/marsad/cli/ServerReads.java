package org.marsad.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.marsad.store.search.Mark;
import org.marsad.store.search.SearchHit;
import org.marsad.store.search.SearchResult;

/**
 * The read commands' way to a store that a running server holds ({@link StoreAccess#running}): the same questions
 * asked of its API ({@code GET /api/events}, {@code GET /api/search}), page by page.
 */
final class ServerReads {
    /** The API's largest page of events and of search hits, and the deepest search offset. */
    static final int EVENT_PAGE = 1000;
    static final int HIT_PAGE = 100;
    static final int MAX_HIT_OFFSET = 9_900;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final URI base;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    ServerReads(URI base) {
        this.base = base;
    }

    /** The server refused a question (status 400: a filter it does not accept; the message is the API's). */
    static final class Refused extends RuntimeException {
        final int status;

        Refused(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    /**
     * The events matching {@code filters} (API parameter names, null values left out), at most {@code limit}, each
     * record (JSON, as the store keeps it) to {@code record}; returns the API's total of matching events.
     */
    long events(Map<String, String> filters, long limit, Consumer<String> record) {
        long seen = 0;
        long total = 0;
        while (seen < limit) {
            Map<String, String> q = new LinkedHashMap<>(filters);
            int page = (int) Math.min(EVENT_PAGE, limit - seen);
            q.put("limit", Integer.toString(page));
            q.put("offset", Long.toString(seen));
            JsonNode body = get("api/events", q);
            total = body.path("total").asLong();
            JsonNode events = body.path("events");
            for (JsonNode e : events) {
                record.accept(e.toString());
            }
            seen += events.size();
            if (events.size() < page) {
                break;
            }
        }
        return total;
    }

    /** The articles matching {@code query}, at most {@code limit} (the API goes no deeper than 10,000 hits). */
    SearchResult search(String query, int limit) {
        List<SearchHit> hits = new ArrayList<>();
        long total = 0;
        while (hits.size() < limit && hits.size() <= MAX_HIT_OFFSET) {
            int page = Math.min(HIT_PAGE, limit - hits.size());
            JsonNode body = get("api/search", Map.of("q", query, "limit", Integer.toString(page),
                    "offset", Integer.toString(hits.size())));
            total = body.path("total").asLong();
            JsonNode found = body.path("hits");
            for (JsonNode h : found) {
                hits.add(hit(h));
            }
            if (found.size() < page) {
                break;
            }
        }
        return new SearchResult(total, hits);
    }

    private static SearchHit hit(JsonNode h) {
        List<Mark> marks = new ArrayList<>();
        for (JsonNode m : h.path("marks")) {
            marks.add(new Mark(m.path(0).asInt(), m.path(1).asInt()));
        }
        return new SearchHit(h.path("doc_id").asText(), h.path("article").asInt(), text(h, "headline"),
                text(h, "snippet"), marks, (float) h.path("score").asDouble(), h.path("events").asInt(),
                text(h, "published"), text(h, "outlet"), text(h, "url"));
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.isTextual() ? v.asText() : null;
    }

    private JsonNode get(String path, Map<String, String> params) {
        StringBuilder q = new StringBuilder(path);
        char sep = '?';
        for (Map.Entry<String, String> p : params.entrySet()) {
            if (p.getValue() != null) {
                q.append(sep).append(p.getKey()).append('=').append(URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8));
                sep = '&';
            }
        }
        URI uri = base.resolve(q.toString());
        HttpResponse<String> r;
        try {
            r = client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(2)).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("the server at " + base + " did not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking the server at " + base, e);
        }
        JsonNode body;
        try {
            body = MAPPER.readTree(r.body());
        } catch (IOException e) {
            throw new IllegalStateException("the server at " + base + " answered " + r.statusCode()
                    + " with a body that is not JSON", e);
        }
        if (r.statusCode() != 200) {
            throw new Refused(r.statusCode(), body.path("error").asText("status " + r.statusCode()));
        }
        return body;
    }
}
