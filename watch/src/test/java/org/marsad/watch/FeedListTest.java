package org.marsad.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedListTest {
    @TempDir
    Path dir;

    @Test
    void commentsAndBlankLinesAreSkippedAndDuplicatesKeptOnce() throws IOException {
        Path f = Files.writeString(dir.resolve("feeds.txt"), "# أخبار\n\nhttps://a.example/rss\n"
                + "  https://b.example/atom.xml  \nhttps://a.example/rss\n");
        assertEquals(List.of(URI.create("https://a.example/rss"), URI.create("https://b.example/atom.xml")),
                FeedList.read(f));
    }

    @Test
    void aLineThatIsNotAnHttpUrlNamesItsLine() throws IOException {
        Path f = Files.writeString(dir.resolve("feeds.txt"), "https://a.example/rss\nftp://x.example/feed\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FeedList.read(f));
        assertTrue(e.getMessage().contains("feeds.txt:2"), e.getMessage());
    }
}
