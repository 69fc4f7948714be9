package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An empty .jsonl input says so with its path and exits 1, in extract and ingest (issue 19, item 14). */
class EmptyInputTest {
    @TempDir
    Path dir;

    @Test
    void anEmptyJsonLinesFileIsAFailedInput() throws Exception {
        Path empty = Files.writeString(dir.resolve("pages.jsonl"), "");
        CliRun extract = CliRun.of("extract", empty.toString());
        assertEquals(1, extract.code(), extract.err());
        assertTrue(extract.err().contains(empty + ": empty JSON Lines file (no records)"), extract.err());
        CliRun ingest = CliRun.of("ingest", empty.toString(), "--db", dir.resolve("db").toString());
        assertEquals(1, ingest.code(), ingest.err());
        assertTrue(ingest.err().contains(empty + ": empty JSON Lines file (no records)"), ingest.err());
    }
}
