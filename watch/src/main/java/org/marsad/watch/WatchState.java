package org.marsad.watch;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The watcher's memory in {@code DIR/watch/}: {@code feeds.tsv} (feed URL, ETag, Last-Modified, failures, next
 * poll; rewritten whole through a temporary file after each poll) and {@code seen.tsv} (one item URL a line,
 * appended and flushed the moment the item is stored). A line that cannot be parsed is skipped, never fatal.
 */
public final class WatchState implements AutoCloseable {
    static final String FOLDER = "watch";
    private final Path feedsFile;
    private final Map<String, FeedState> feeds = new LinkedHashMap<>();
    private final Set<String> seen = new HashSet<>();
    private final BufferedWriter seenOut;

    private WatchState(Path dir) throws IOException {
        Path folder = dir.resolve(FOLDER);
        Files.createDirectories(folder);
        feedsFile = folder.resolve("feeds.tsv");
        Path seenFile = folder.resolve("seen.tsv");
        if (Files.exists(feedsFile)) {
            for (String line : Files.readAllLines(feedsFile, StandardCharsets.UTF_8)) {
                parseFeed(line);
            }
        }
        if (Files.exists(seenFile)) {
            for (String line : Files.readAllLines(seenFile, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    seen.add(line.strip());
                }
            }
        }
        seenOut = Files.newBufferedWriter(seenFile, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    /** Opens (creating when needed) the watch state of the store folder {@code dir}. */
    public static WatchState open(Path dir) {
        if (dir == null) {
            throw new IllegalArgumentException("open needs a folder");
        }
        try {
            return new WatchState(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open watch state in " + dir + ": " + e.getMessage(), e);
        }
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
        return seen.contains(itemUrl);
    }

    /** Remembers an item for good (flushed at once, so a crash right after does not lose it). */
    public void markSeen(String itemUrl) {
        if (seen.add(itemUrl)) {
            try {
                seenOut.write(clean(itemUrl));
                seenOut.newLine();
                seenOut.flush();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the seen list: " + e.getMessage(), e);
            }
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
