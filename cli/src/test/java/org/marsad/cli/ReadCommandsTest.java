package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.store.EventStore;

/** The read commands explain themselves: bad filters, a mistyped --db, an empty store (issue 17). */
class ReadCommandsTest {
    @TempDir
    Path dir;

    private Path emptyStore() {
        Path db = dir.resolve("db");
        EventStore.open(db).close();
        return db;
    }

    @Test
    void anUnknownTypeIsBadUsageListingTheSixteen() {
        CliRun r = CliRun.of("events", "--type", "BOMBING", "--db", emptyStore().toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("Unknown --type 'BOMBING'"), r.err());
        assertTrue(r.err().contains("AGREE, CONSULT") && r.err().contains("ASSAULT"), r.err());
    }

    @Test
    void anUnknownStatusIsBadUsageListingTheSix() {
        CliRun r = CliRun.of("events", "--status", "maybe", "--db", emptyStore().toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("Unknown --status 'maybe'"), r.err());
        assertTrue(r.err().contains("occurred, ongoing, planned, threatened, negated, hypothetical"), r.err());
    }

    @Test
    void typeAndStatusAreAcceptedInAnyCase() {
        CliRun r = CliRun.of("events", "--type", "assault", "--status", "Occurred", "--db", emptyStore().toString());
        assertEquals(0, r.code(), r.err());
    }

    @Test
    void aMistypedDbIsAnErrorAndCreatesNoStore() {
        Path typo = dir.resolve("dbb");
        for (String[] args : new String[][] {{"events"}, {"search", "قصف"}, {"export", "--format", "jsonl", "-o",
                dir.resolve("out.jsonl").toString()}}) {
            String[] full = java.util.stream.Stream.concat(java.util.Arrays.stream(args),
                    java.util.stream.Stream.of("--db", typo.toString())).toArray(String[]::new);
            CliRun r = CliRun.of(full);
            assertEquals(2, r.code(), args[0] + ": " + r.err());
            assertTrue(r.err().contains("No store in " + typo), r.err());
            assertTrue(r.err().contains("check --db"), r.err());
            assertFalse(Files.exists(typo), args[0] + " created " + typo);
        }
    }

    @Test
    void anEmptyStoreSaysSo() {
        Path db = emptyStore();
        CliRun events = CliRun.of("events", "--db", db.toString());
        assertEquals(0, events.code(), events.err());
        assertEquals("", events.out());
        assertTrue(events.err().contains("holds no events yet; fill it with marsad ingest"), events.err());
        CliRun search = CliRun.of("search", "قصف", "--db", db.toString());
        assertEquals(0, search.code(), search.err());
        assertTrue(search.err().contains("holds no articles yet"), search.err());
        CliRun export = CliRun.of("export", "--format", "jsonl", "-o", dir.resolve("o.jsonl").toString(),
                "--db", db.toString());
        assertEquals(0, export.code(), export.err());
        assertTrue(export.err().contains("holds no events yet") && export.err().contains("without any"), export.err());
    }

    @Test
    void filtersThatMatchNothingSayHowManyTheStoreHolds() throws Exception {
        Path db = StoreFixtures.filled(dir);
        CliRun r = CliRun.of("events", "--type", "AGREE", "--db", db.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().matches("(?s).*no events match \\(the store .* holds [1-9]\\d*\\).*"), r.err());
    }

    @Test
    void aCorruptSearchIndexIsRebuiltWithAWarningNotSilently() throws Exception {
        Path db = StoreFixtures.filled(dir);
        try (var files = Files.list(db.resolve("lucene"))) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("segments_")).toList()) {
                Files.write(f, new byte[] {1, 2, 3});
            }
        }
        CliRun r = CliRun.of("search", "القوات", "--db", db.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("marsad: warning: the article search index in " + db.resolve("lucene")
                + " could not be read"), r.err());
        assertTrue(r.err().contains("it was rebuilt from the store"), r.err());
        assertTrue(r.out().startsWith("1 articles match"), "found again after the rebuild: " + r.out());
        assertFalse(CliRun.of("search", "القوات", "--db", db.toString()).err().contains("warning"), "once");
    }
}
