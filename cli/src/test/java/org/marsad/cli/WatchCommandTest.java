package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WatchCommandTest {
    @TempDir
    Path dir;

    @Test
    void spansAreSecondsMinutesHoursDaysOrIso() {
        assertEquals(Duration.ofSeconds(90), WatchCommand.span("90s"));
        assertEquals(Duration.ofSeconds(45), WatchCommand.span("45"));
        assertEquals(Duration.ofMinutes(10), WatchCommand.span("10m"));
        assertEquals(Duration.ofHours(2), WatchCommand.span("2h"));
        assertEquals(Duration.ofDays(1), WatchCommand.span("1d"));
        assertEquals(Duration.ofMinutes(15), WatchCommand.span("PT15M"));
        assertThrows(IllegalArgumentException.class, () -> WatchCommand.span("soon"));
    }

    @Test
    void aBadFeedsFileSaysWhichLineAndExitsTwo() throws Exception {
        Path feeds = Files.writeString(dir.resolve("feeds.txt"), "# خلاصات\nnot a url\n");
        CliRun r = CliRun.of("watch", feeds.toString(), "--db", dir.resolve("db").toString(), "--once");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("feeds.txt:2"), r.err());
    }

    @Test
    void anEmptyFeedsFileSaysWhatToDo() throws Exception {
        Path feeds = Files.writeString(dir.resolve("feeds.txt"), "# لا شيء\n");
        CliRun r = CliRun.of("watch", feeds.toString(), "--db", dir.resolve("db").toString(), "--once");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("one http(s) URL a line"), r.err());
    }

    @Test
    void aFeedThatFailsInOneRoundExitsOneAndSaysWhich() throws Exception {
        Path feeds = Files.writeString(dir.resolve("feeds.txt"), "http://127.0.0.1:1/feed.xml\n");
        CliRun r = CliRun.of("watch", feeds.toString(), "--db", dir.resolve("db").toString(), "--once");
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("feed http://127.0.0.1:1/feed.xml failed"), r.err());
        assertTrue(r.err().contains("1 failed"), r.err());
    }
}
