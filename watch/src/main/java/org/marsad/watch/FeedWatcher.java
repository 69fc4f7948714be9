package org.marsad.watch;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.marsad.core.pipeline.Pipeline;
import org.marsad.core.segment.Diagnostic;
import org.marsad.core.segment.Page;
import org.marsad.core.segment.PageSink;
import org.marsad.core.segment.HtmlReader;
import org.marsad.store.EventStore;
import org.marsad.store.IngestOutcome;

/**
 * Polls feeds and ingests their new items. A feed is polled when its next-poll time has come: a conditional GET;
 * 304 changes nothing; 200 is parsed with Rome (RSS 0.9x-2.0, Atom) and every item link not seen before is
 * fetched, extracted, coded and stored, then remembered as seen. An item whose page cannot be fetched is tried
 * again at the next poll; a feed that fails (network error, HTTP error, unparseable XML) backs off
 * exponentially. The item's own date stands in for a page that names no publication date.
 */
public final class FeedWatcher {
    private final EventStore db;
    private final WatchState state;
    private final Fetcher fetcher;
    private final Pipeline pipeline;
    private final long intervalMs;
    private final Consumer<String> log;
    private final HtmlReader html = new HtmlReader();

    /** What one pass over the feeds did. */
    public record Report(int polled, int notModified, int failed, int stored, int duplicates, int itemFailures) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d feeds polled (%d unchanged, %d failed); %d new pages stored, "
                    + "%d already there, %d items to retry", polled, notModified, failed, stored, duplicates,
                    itemFailures);
        }
    }

    public FeedWatcher(EventStore db, WatchState state, Fetcher fetcher, Pipeline pipeline, Duration interval,
            Consumer<String> log) {
        if (db == null || state == null || fetcher == null || pipeline == null || interval == null || log == null
                || interval.isNegative()) {
            throw new IllegalArgumentException("a watcher needs a store, a state, a fetcher, a pipeline, "
                    + "a non-negative interval and a log");
        }
        this.db = db;
        this.state = state;
        this.fetcher = fetcher;
        this.pipeline = pipeline;
        this.intervalMs = interval.toMillis();
        this.log = log;
    }

    /** Polls every feed that is due at {@code now} (epoch ms). */
    public Report pollOnce(List<URI> feeds, long now) throws InterruptedException {
        int[] c = new int[6];
        for (URI feed : feeds) {
            FeedState s = state.feed(feed.toString());
            if (s.nextPoll() > now) {
                continue;
            }
            c[0]++;
            poll(feed, s, now, c);
        }
        return new Report(c[0], c[1], c[2], c[3], c[4], c[5]);
    }

    /** Polls until {@code stop} says so, sleeping until the next feed is due (checked at least every second). */
    public void run(List<URI> feeds, BooleanSupplier stop) throws InterruptedException {
        while (!stop.getAsBoolean()) {
            Report r = pollOnce(feeds, System.currentTimeMillis());
            if (r.polled() > 0) {
                log.accept(r.toString());
            }
            long next = feeds.stream().mapToLong(f -> state.feed(f.toString()).nextPoll()).min().orElse(Long.MAX_VALUE);
            while (!stop.getAsBoolean() && System.currentTimeMillis() < next) {
                Thread.sleep(Math.min(1000, Math.max(1, next - System.currentTimeMillis())));
            }
        }
    }

    private void poll(URI feed, FeedState s, long now, int[] c) throws InterruptedException {
        String key = feed.toString();
        List<SyndEntry> entries;
        try {
            Fetched f = fetcher.get(feed, s.etag(), s.lastModified());
            if (f.notModified()) {
                c[1]++;
                state.update(key, s.succeeded(null, null, now, intervalMs));
                return;
            }
            if (!f.ok()) {
                throw new IOException("HTTP " + f.status());
            }
            entries = parse(f.body());
            state.update(key, s.succeeded(f.etag(), f.lastModified(), now, intervalMs));
        } catch (IOException | FeedException | IllegalArgumentException e) {
            c[2]++;
            FeedState failed = s.failed(now, intervalMs);
            state.update(key, failed);
            log.accept("feed " + key + " failed (" + failed.failures() + " in a row): " + e.getMessage());
            return;
        }
        for (SyndEntry entry : entries) {
            URI link = link(feed, entry);
            if (link != null && !state.seen(link.toString())) {
                item(link, date(entry), c);
            }
        }
    }

    private static List<SyndEntry> parse(byte[] body) throws IOException, FeedException {
        SyndFeed parsed = new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(body)));
        return parsed.getEntries() == null ? List.of() : parsed.getEntries();
    }

    /** The item's link (or its id, when that is a URL), resolved against the feed and without a fragment. */
    static URI link(URI feed, SyndEntry entry) {
        for (String candidate : new String[] {entry.getLink(), entry.getUri()}) {
            if (candidate == null || candidate.isBlank()) {
                continue;
            }
            try {
                URI u = feed.resolve(candidate.strip());
                String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
                if ((scheme.equals("http") || scheme.equals("https")) && u.getHost() != null) {
                    return withoutFragment(u);
                }
            } catch (IllegalArgumentException e) {
                log(candidate, e);
            }
        }
        return null;
    }

    private static void log(String candidate, IllegalArgumentException e) {
        // an item whose link is not a URL has nothing to fetch; its id may still be one
        java.util.logging.Logger.getLogger(FeedWatcher.class.getName())
                .fine(() -> "not a link: " + candidate + " (" + e.getMessage() + ")");
    }

    private static URI withoutFragment(URI u) {
        String s = u.toString();
        int hash = s.indexOf('#');
        return hash < 0 ? u : URI.create(s.substring(0, hash));
    }

    private static LocalDate date(SyndEntry entry) {
        Date d = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        return d == null ? null : LocalDate.ofInstant(d.toInstant(), ZoneOffset.UTC);
    }

    private void item(URI link, LocalDate itemDate, int[] c) throws InterruptedException {
        String key = link.toString();
        Fetched f;
        try {
            f = fetcher.get(link, null, null);
        } catch (IOException e) {
            c[5]++;
            log.accept("item " + key + ": " + e.getMessage() + " (retried at the next poll)");
            return;
        }
        if (f.status() >= 500 || f.status() == 429) {
            c[5]++;
            log.accept("item " + key + ": HTTP " + f.status() + " (retried at the next poll)");
            return;
        }
        if (!f.ok()) {
            db.logProblem(new Diagnostic(key, "HTTP " + f.status()));
            state.markSeen(key);
            return;
        }
        if (f.contentType() != null && !f.contentType().toLowerCase(Locale.ROOT).contains("html")) {
            db.logProblem(new Diagnostic(key, "not an HTML page: " + f.contentType()));
            state.markSeen(key);
            return;
        }
        List<Page> pages = new ArrayList<>();
        html.read(key, f.body(), f.url(), f.contentType(), new PageSink() {
            @Override
            public void page(Page page) {
                pages.add(page.datedIfUnknown(itemDate));
            }

            @Override
            public void problem(Diagnostic d) {
                db.logProblem(d);
            }
        });
        for (Page p : pages) {
            IngestOutcome o = db.contains(p.docId()) ? IngestOutcome.DUPLICATE : db.store(pipeline.process(p));
            c[o == IngestOutcome.STORED ? 3 : 4]++;
        }
        state.markSeen(key);
    }
}
