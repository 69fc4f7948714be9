package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NativeLeftoversTest {
    @TempDir
    Path tmp;

    @Test
    void copiesLeftByKilledJvmsAreRemovedAndFreshOnesKept() throws Exception {
        Instant now = Instant.now();
        Path stale = Files.writeString(tmp.resolve("libduckdb_java123456.so"), "x");
        Files.setLastModifiedTime(stale, FileTime.from(now.minus(Duration.ofHours(3))));
        Path fresh = Files.writeString(tmp.resolve("libduckdb_java987654.so"), "x");
        Path other = Files.writeString(tmp.resolve("libjansi-1.so"), "x");
        Files.setLastModifiedTime(other, FileTime.from(now.minus(Duration.ofHours(3))));
        assertEquals(1, NativeLeftovers.clean(tmp, now));
        assertFalse(Files.exists(stale));
        assertTrue(Files.exists(fresh), "a JVM may be about to load it");
        assertTrue(Files.exists(other), "not DuckDB's");
    }

    @Test
    void aMissingFolderIsNoError() {
        assertEquals(0, NativeLeftovers.clean(tmp.resolve("gone"), Instant.now()));
    }
}
