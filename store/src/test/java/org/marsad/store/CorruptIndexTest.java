package org.marsad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A search index that cannot be read is rebuilt from DuckDB, and the opening says so (issue 19, item 14). */
class CorruptIndexTest {
    @TempDir
    Path dir;

    private void corrupt(String folder) throws Exception {
        try (Stream<Path> files = Files.list(dir.resolve(folder))) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("segments_")).toList()) {
                byte[] b = Files.readAllBytes(f);
                for (int i = 0; i < b.length; i++) {
                    b[i] ^= 0x5a;
                }
                Files.write(f, b);
            }
        }
    }

    @Test
    void aReadableStoreOpensWithoutWarnings() {
        try (EventStore s = EventStore.open(dir)) {
            s.store(Fixtures.page(0));
        }
        try (EventStore s = EventStore.open(dir)) {
            assertEquals(List.of(), s.warnings());
        }
    }

    @Test
    void aCorruptArticleIndexIsRebuiltWithAWarning() throws Exception {
        long total;
        try (EventStore s = EventStore.open(dir)) {
            for (int i = 0; i < 3; i++) {
                s.store(Fixtures.page(i));
            }
            total = s.search("قصفت", 10, 0).total();
        }
        assertTrue(total > 0, "the fixture word is found before");
        corrupt("lucene");
        try (EventStore s = EventStore.open(dir)) {
            assertEquals(1, s.warnings().size(), s.warnings().toString());
            assertTrue(s.warnings().get(0).startsWith("the article search index in " + dir.resolve("lucene")
                    + " could not be read ("), s.warnings().get(0));
            assertTrue(s.warnings().get(0).endsWith("it was rebuilt from the store"));
            assertEquals(total, s.search("قصفت", 10, 0).total(), "rebuilt whole");
        }
    }

    @Test
    void aCorruptEventIndexIsRebuiltWithAWarning() throws Exception {
        long events;
        try (EventStore s = EventStore.open(dir)) {
            for (int i = 0; i < 3; i++) {
                s.store(Fixtures.page(i));
            }
            events = s.count("events");
        }
        corrupt("lucene-events");
        try (EventStore s = EventStore.open(dir)) {
            assertEquals(1, s.warnings().size(), s.warnings().toString());
            assertTrue(s.warnings().get(0).startsWith("the event index in "), s.warnings().get(0));
            assertEquals(events, s.eventJson(new EventQuery(null, null, null, null, null, null, null, 1000, 0)).size());
        }
    }
}
