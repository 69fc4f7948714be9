package org.marsad.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seen items are bounded by age and count, and the bound holds across restarts (issue 19, item 14). */
class WatchStateTest {
    private static final long DAY = Duration.ofDays(1).toMillis();
    @TempDir
    Path dir;
    private final AtomicLong now = new AtomicLong(1_700_000_000_000L);

    private WatchState open(int max) {
        return WatchState.open(dir, max, Duration.ofDays(30), now::get);
    }

    private long fileLines() throws Exception {
        return Files.readAllLines(dir.resolve("watch/seen.tsv"), StandardCharsets.UTF_8).size();
    }

    @Test
    void pastTheCountTheOldestAreForgottenAndTheFileStaysBounded() throws Exception {
        try (WatchState s = open(100)) {
            for (int i = 0; i < 1000; i++) {
                now.addAndGet(1000);
                s.markSeen("https://example.org/item/" + i);
            }
            assertTrue(s.seenCount() <= 100, "kept " + s.seenCount());
            assertTrue(s.seen("https://example.org/item/999"));
            assertFalse(s.seen("https://example.org/item/0"));
        }
        assertTrue(fileLines() <= 101, "the file holds " + fileLines() + " lines");
        try (WatchState again = open(100)) {
            assertTrue(again.seen("https://example.org/item/999"), "persisted");
            assertFalse(again.seen("https://example.org/item/0"));
        }
    }

    @Test
    void itemsOlderThanTheAgeAreForgottenOnOpenAndDuringALongRun() throws Exception {
        try (WatchState s = open(1000)) {
            s.markSeen("https://example.org/old");
            now.addAndGet(20 * DAY);
            s.markSeen("https://example.org/recent");
        }
        now.addAndGet(15 * DAY);
        try (WatchState s = open(1000)) {
            assertFalse(s.seen("https://example.org/old"), "35 days old");
            assertTrue(s.seen("https://example.org/recent"), "15 days old");
            assertEquals(1, s.seenCount());
            now.addAndGet(20 * DAY);
            s.markSeen("https://example.org/new");
            assertFalse(s.seen("https://example.org/recent"), "pruned in the daily compaction");
        }
        assertEquals(1, fileLines());
    }

    @Test
    void anOlderStateWithoutTimesIsReadAsSeenNow() throws Exception {
        Files.createDirectories(dir.resolve("watch"));
        Files.writeString(dir.resolve("watch/seen.tsv"), "https://example.org/a\nhttps://example.org/b\tnot-a-time\n");
        try (WatchState s = open(10)) {
            assertTrue(s.seen("https://example.org/a"));
            assertFalse(s.seen("https://example.org/b"), "an unreadable line is skipped");
        }
        assertEquals("https://example.org/a\t" + now.get(), Files.readString(dir.resolve("watch/seen.tsv")).strip());
    }
}
