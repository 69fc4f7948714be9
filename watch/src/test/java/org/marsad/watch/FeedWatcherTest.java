package org.marsad.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.core.pipeline.Pipeline;
import org.marsad.store.EventStore;

class FeedWatcherTest {
    private static final Duration EVERY = Duration.ofMinutes(10);
    private static final Pipeline PIPELINE = Pipeline.standard();

    @TempDir
    Path dir;

    private HttpServer server;
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private volatile String feedVersion = "v1";
    private volatile List<String> items = List.of("a", "b");
    private String base;

    static String page(String slug) {
        return "<html lang=\"ar\"><head><meta charset=\"utf-8\"><title>خبر " + slug + "</title></head><body><article>"
                + "<h1>افتتاح جسر جديد فوق النهر في المدينة " + slug + "</h1>"
                + "<p>افتتح رئيس البلدية صباح اليوم جسرا جديدا يربط ضفتي النهر، بعد عامين من الأشغال، "
                + "وقال إن الجسر سيخفف الازدحام في وسط المدينة.</p>"
                + "<p>وأضاف أن حركة الحافلات ستتحول إلى الجسر الجديد ابتداء من الأسبوع المقبل، وأن الطريق القديم "
                + "سيغلق للصيانة مدة شهر. الرمز " + slug + ".</p></article></body></html>";
    }

    private String rss() {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
                + "<title>أخبار المثال</title><link>" + base + "/</link><description>تجربة</description>");
        for (String s : items) {
            sb.append("<item><title>خبر ").append(s).append("</title><link>").append(base).append("/news/")
                    .append(s).append(".html</link><guid>").append(s).append("</guid>")
                    .append("<pubDate>Tue, 05 Mar 2024 08:00:00 GMT</pubDate></item>");
        }
        return sb.append("</channel></rss>").toString();
    }

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        server.createContext("/feed.xml", ex -> {
            count(ex);
            String etag = "\"" + feedVersion + "\"";
            if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                respond(ex, 304, null, new byte[0], etag);
            } else {
                respond(ex, 200, "application/rss+xml", rss().getBytes(StandardCharsets.UTF_8), etag);
            }
        });
        server.createContext("/news/", ex -> {
            count(ex);
            String slug = ex.getRequestURI().getPath().replaceAll(".*/|\\.html$", "");
            respond(ex, 200, "text/html; charset=utf-8", page(slug).getBytes(StandardCharsets.UTF_8), null);
        });
        server.createContext("/broken.xml", ex -> {
            count(ex);
            respond(ex, 500, "text/plain", "down".getBytes(StandardCharsets.UTF_8), null);
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void count(HttpExchange ex) {
        hits.computeIfAbsent(ex.getRequestURI().getPath(), k -> new AtomicInteger()).incrementAndGet();
    }

    private static void respond(HttpExchange ex, int status, String type, byte[] body, String etag)
            throws IOException {
        if (type != null) {
            ex.getResponseHeaders().add("Content-Type", type);
        }
        if (etag != null) {
            ex.getResponseHeaders().add("ETag", etag);
        }
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    private int hits(String path) {
        return hits.getOrDefault(path, new AtomicInteger()).get();
    }

    private FeedWatcher.Report pollAt(long now, List<URI> feeds) throws InterruptedException {
        try (EventStore db = EventStore.open(dir); WatchState state = WatchState.open(dir)) {
            FeedWatcher w = new FeedWatcher(db, state, new Fetcher(Duration.ZERO), PIPELINE, EVERY, m -> { });
            return w.pollOnce(feeds, now);
        }
    }

    private long storedPages() {
        try (EventStore db = EventStore.open(dir)) {
            return db.count("pages");
        }
    }

    @Test
    void eachItemIsIngestedOnceAcrossRestartsAndAnUnchangedFeedIsA304() throws InterruptedException {
        List<URI> feeds = List.of(URI.create(base + "/feed.xml"));
        long t0 = 1_000_000L;
        FeedWatcher.Report first = pollAt(t0, feeds);
        assertEquals(2, first.stored(), first.toString());
        assertEquals(2, storedPages());

        // a restart before the interval is up polls nothing
        assertEquals(0, pollAt(t0 + 1000, feeds).polled());
        assertEquals(1, hits("/feed.xml"));

        // after the interval: a conditional GET, answered 304, fetches no page
        FeedWatcher.Report second = pollAt(t0 + EVERY.toMillis(), feeds);
        assertEquals(1, second.notModified(), second.toString());
        assertEquals(2, hits("/feed.xml"));
        assertEquals(1, hits("/news/a.html"));

        // the feed changes: only the new item is fetched and stored
        feedVersion = "v2";
        items = List.of("c", "b", "a");
        FeedWatcher.Report third = pollAt(t0 + 2 * EVERY.toMillis(), feeds);
        assertEquals(1, third.stored(), third.toString());
        assertEquals(1, hits("/news/a.html"));
        assertEquals(1, hits("/news/b.html"));
        assertEquals(1, hits("/news/c.html"));
        assertEquals(3, storedPages());
    }

    @Test
    void aFailingFeedBacksOffExponentially() throws InterruptedException {
        List<URI> feeds = List.of(URI.create(base + "/broken.xml"));
        long t0 = 5_000_000L;
        assertEquals(1, pollAt(t0, feeds).failed());
        try (WatchState state = WatchState.open(dir)) {
            FeedState s = state.feed(base + "/broken.xml");
            assertEquals(1, s.failures());
            assertEquals(t0 + 2 * EVERY.toMillis(), s.nextPoll());
        }
        assertEquals(0, pollAt(t0 + EVERY.toMillis(), feeds).polled());
        assertEquals(1, pollAt(t0 + 2 * EVERY.toMillis(), feeds).failed());
        try (WatchState state = WatchState.open(dir)) {
            assertEquals(t0 + 2 * EVERY.toMillis() + 4 * EVERY.toMillis(), state.feed(base + "/broken.xml").nextPoll());
        }
        assertEquals(2, hits("/broken.xml"));
    }

    @Test
    void requestsToOneHostAreSpacedByThePerHostPause() throws Exception {
        long[] now = {0};
        long[] slept = {0};
        Fetcher.Clock clock = new Fetcher.Clock() {
            @Override
            public long millis() {
                return now[0];
            }

            @Override
            public void sleep(long millis) {
                slept[0] += millis;
                now[0] += millis;
            }
        };
        Fetcher f = new Fetcher(Duration.ofSeconds(2), clock);
        f.get(URI.create(base + "/news/x.html"), null, null);
        now[0] += 500;
        f.get(URI.create(base + "/news/y.html"), null, null);
        assertEquals(1500, slept[0]);
        assertEquals(1, hits("/news/y.html"));
    }
}
