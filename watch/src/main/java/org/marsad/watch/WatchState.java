package org.marsad.watch;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The watcher's memory in {@code DIR/watch/}: {@code feeds.tsv} (feed URL, ETag, Last-Modified, failures, next
 * poll; rewritten whole through a temporary file after each poll) and {@code seen.tsv} (item URL TAB when it was
 * seen, in epoch milliseconds; appended and flushed the moment the item is stored). A line that cannot be parsed
 * is skipped, never fatal; a line without a time (an older state) counts as seen when it is loaded.
 *
 * <p>The seen items are bounded: an item seen more than {@link #DEFAULT_MAX_AGE} ago is forgotten (feeds list
 * their last few dozen items, so a forgotten one no longer comes back; if it does, the store knows its page and
 * keeps it once), and past {@link #DEFAULT_MAX_ITEMS} the oldest go first. The file is compacted (rewritten through
 * a temporary file) when it is opened, when it passes the count, and once a day.
 */
public final class WatchState implements AutoCloseable {
    static final String FOLDER = "watch";
    public static final int DEFAULT_MAX_ITEMS = 100_000;
    public static final Duration DEFAULT_MAX_AGE = Duration.ofDays(90);
    private final Path feedsFile;
    private final Path seenFile;
    private final Map<String, FeedState> feeds = new LinkedHashMap<>();
    /** Item URL to when it was seen, oldest first. */
    private final LinkedHashMap<String, Long> seen = new LinkedHashMap<>();
    private final int maxItems;
    private final long maxAgeMs;
    private final LongSupplier clock;
    private BufferedWriter seenOut;
    private long compacted;
    private static final long COMPACT_EVERY_MS = Duration.ofDays(1).toMillis();

    private WatchState(Path dir, int maxItems, Duration maxAge, LongSupplier clock) throws IOException {
        this.maxItems = maxItems;
        this.maxAgeMs = maxAge.toMillis();
        this.clock = clock;
        Path folder = dir.resolve(FOLDER);
        Files.createDirectories(folder);
        feedsFile = folder.resolve("feeds.tsv");
        seenFile = folder.resolve("seen.tsv");
        if (Files.exists(feedsFile)) {
            for (String line : Files.readAllLines(feedsFile, StandardCharsets.UTF_8)) {
                parseFeed(line);
            }
        }
        if (Files.exists(seenFile)) {
            long now = clock.getAsLong();
            for (String line : Files.readAllLines(seenFile, StandardCharsets.UTF_8)) {
                parseSeen(line, now);
            }
        }
        compact();
    }

    /** Opens (creating when needed) the watch state of the store folder {@code dir}, with the default bounds. */
    public static WatchState open(Path dir) {
        return open(dir, DEFAULT_MAX_ITEMS, DEFAULT_MAX_AGE, System::currentTimeMillis);
    }

    /** As {@link #open(Path)}, keeping at most {@code maxItems} seen items, none older than {@code maxAge}. */
    public static WatchState open(Path dir, int maxItems, Duration maxAge, LongSupplier clock) {
        if (dir == null || maxItems < 1 || maxAge == null || maxAge.isNegative() || clock == null) {
            throw new IllegalArgumentException("open needs a folder, at least one item, an age and a clock");
        }
        try {
            return new WatchState(dir, maxItems, maxAge, clock);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open watch state in " + dir + ": " + e.getMessage(), e);
        }
    }

    private void parseSeen(String line, long now) {
        if (line.isBlank()) {
            return;
        }
        int tab = line.lastIndexOf('\t');
        long at = now;
        String url = line.strip();
        if (tab > 0) {
            try {
                at = Long.parseLong(line.substring(tab + 1).strip());
                url = line.substring(0, tab).strip();
            } catch (NumberFormatException e) {
                return;
            }
        }
        seen.remove(url);
        seen.put(url, at);
    }

    /** Forgets the items past the bounds and rewrites the file with the rest, one line each. */
    private void compact() throws IOException {
        long oldest = clock.getAsLong() - maxAgeMs;
        var it = seen.entrySet().iterator();
        while (it.hasNext()) {
            var e = it.next();
            if (e.getValue() < oldest || seen.size() > maxItems) {
                it.remove();
            }
        }
        if (seenOut != null) {
            seenOut.close();
        }
        StringBuilder sb = new StringBuilder();
        seen.forEach((u, at) -> sb.append(u).append('\t').append(at).append('\n'));
        Path tmp = seenFile.resolveSibling("seen.tsv.tmp");
        Files.writeString(tmp, sb, StandardCharsets.UTF_8);
        Files.move(tmp, seenFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        compacted = clock.getAsLong();
        seenOut = Files.newBufferedWriter(seenFile, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    private void parseFeed(String line) {
        String[] f = line.split("\t", -1);
        if (f.length != 5) {
            return;
        }
        try {
            feeds.put(f[0], new FeedState(f[1].isEmpty() ? null : f[1], f[2].isEmpty() ? null : f[2],
                    Integer.parseInt(f[3]), Long.parseLong(f[4])));
        } catch (IllegalArgumentException e) {
            feeds.remove(f[0]);
        }
    }

    public FeedState feed(String url) {
        return feeds.getOrDefault(url, FeedState.NEW);
    }

    /** Records a feed's new state and writes the feeds file. */
    public void update(String url, FeedState state) {
        feeds.put(url, state);
        StringBuilder sb = new StringBuilder();
        feeds.forEach((u, s) -> sb.append(u).append('\t').append(clean(s.etag())).append('\t')
                .append(clean(s.lastModified())).append('\t').append(s.failures()).append('\t')
                .append(s.nextPoll()).append('\n'));
        try {
            Path tmp = feedsFile.resolveSibling("feeds.tsv.tmp");
            Files.writeString(tmp, sb, StandardCharsets.UTF_8);
            Files.move(tmp, feedsFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + feedsFile + ": " + e.getMessage(), e);
        }
    }

    public boolean seen(String itemUrl) {
        return seen.containsKey(clean(itemUrl));
    }

    /**
     * Remembers an item (flushed at once, so a crash right after does not lose it) until it passes the bounds;
     * past {@code maxItems}, or a day after the last compaction, the old items are forgotten and the file compacted.
     */
    public void markSeen(String itemUrl) {
        String url = clean(itemUrl);
        if (seen.containsKey(url)) {
            return;
        }
        long now = clock.getAsLong();
        seen.put(url, now);
        try {
            seenOut.write(url + "\t" + now);
            seenOut.newLine();
            seenOut.flush();
            if (seen.size() > maxItems || now - compacted > COMPACT_EVERY_MS) {
                compact();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the seen list: " + e.getMessage(), e);
        }
    }

    public int seenCount() {
        return seen.size();
    }

    List<String> feedUrls() {
        return List.copyOf(feeds.keySet());
    }

    private static String clean(String s) {
        return s == null ? "" : s.replaceAll("[\\t\\r\\n]", " ");
    }

    @Override
    public void close() {
        try {
            seenOut.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the seen list: " + e.getMessage(), e);
        }
    }
}
