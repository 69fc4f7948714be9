package org.marsad.watch;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A polite HTTP client over {@link java.net.http.HttpClient}: an identifying User-Agent, timeouts, redirects
 * followed, conditional GET ({@code If-None-Match}, {@code If-Modified-Since}) when the caller knows the
 * validators, bodies capped at {@link #MAX_BODY} bytes, and at most one request per host every
 * {@code perHost} (the caller's thread waits).
 */
public final class Fetcher {
    static final String USER_AGENT = "Marsad/0.1 (Arabic news event coder; feed watcher)";
    /** Larger bodies are cut off and reported as a failure. */
    static final int MAX_BODY = 16 * 1024 * 1024;

    private final HttpClient client;
    private final Duration perHost;
    private final Clock clock;
    private final Map<String, Long> lastRequest = new HashMap<>();

    /** Time source and sleeper, replaceable in tests. */
    interface Clock {
        long millis();

        void sleep(long millis) throws InterruptedException;
    }

    static final Clock SYSTEM = new Clock() {
        @Override
        public long millis() {
            return System.currentTimeMillis();
        }

        @Override
        public void sleep(long millis) throws InterruptedException {
            Thread.sleep(millis);
        }
    };

    public Fetcher(Duration perHost) {
        this(perHost, SYSTEM);
    }

    Fetcher(Duration perHost, Clock clock) {
        if (perHost == null || perHost.isNegative() || clock == null) {
            throw new IllegalArgumentException("a fetcher needs a non-negative per-host pause and a clock");
        }
        this.perHost = perHost;
        this.clock = clock;
        this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(15))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** GETs {@code url}, conditionally when {@code etag} or {@code lastModified} is given (either may be null). */
    public Fetched get(URI url, String etag, String lastModified) throws IOException, InterruptedException {
        waitForHost(url.getHost());
        HttpRequest.Builder req = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(30)).GET()
                .header("User-Agent", USER_AGENT)
                .header("Accept", "application/rss+xml, application/atom+xml, application/xml, text/html;q=0.9, */*;q=0.5");
        if (etag != null) {
            req.header("If-None-Match", etag);
        }
        if (lastModified != null) {
            req.header("If-Modified-Since", lastModified);
        }
        HttpResponse<java.io.InputStream> r = client.send(req.build(), HttpResponse.BodyHandlers.ofInputStream());
        byte[] body;
        try (java.io.InputStream in = r.body()) {
            body = in.readNBytes(MAX_BODY + 1);
        }
        if (body.length > MAX_BODY) {
            throw new IOException("body over " + MAX_BODY / (1024 * 1024) + " MB: " + url);
        }
        return new Fetched(r.statusCode(), body, Fetched.header(r.headers(), "Content-Type").orElse(null),
                Fetched.header(r.headers(), "ETag").orElse(null),
                Fetched.header(r.headers(), "Last-Modified").orElse(null), r.uri().toString());
    }

    private void waitForHost(String host) throws InterruptedException {
        String key = host == null ? "" : host.toLowerCase(Locale.ROOT);
        Long last = lastRequest.get(key);
        if (last != null) {
            long wait = last + perHost.toMillis() - clock.millis();
            if (wait > 0) {
                clock.sleep(wait);
            }
        }
        lastRequest.put(key, clock.millis());
    }
}
