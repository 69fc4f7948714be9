package org.marsad.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

/**
 * DuckDB's JDBC driver copies its 58 MB native library to a new {@code libduckdb_java*.so} in the temporary folder
 * each time a JVM loads it, and asks for it to be deleted on exit, which a killed JVM never does (the driver has
 * no setting for a fixed path). So every marsad run first removes the copies left behind: those older than
 * {@link #AGE}, by then loaded by their JVM or abandoned. On Linux removing a loaded library is harmless (the
 * running process keeps its mapping); the age spares a JVM that has just written its copy and not yet loaded it.
 */
final class NativeLeftovers {
    static final Duration AGE = Duration.ofMinutes(2);
    private static final String GLOB = "libduckdb_java*.so";

    private NativeLeftovers() {
    }

    /** Removes the stale copies from the JVM's temporary folder; returns how many. Never fails. */
    static int clean() {
        return clean(Path.of(System.getProperty("java.io.tmpdir")), Instant.now());
    }

    /** Removes the copies in {@code tmp} last written before {@code now - AGE}; returns how many. */
    static int clean(Path tmp, Instant now) {
        FileTime before = FileTime.from(now.minus(AGE));
        int removed = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(tmp, GLOB)) {
            for (Path f : files) {
                if (removeIfStale(f, before)) {
                    removed++;
                }
            }
        } catch (IOException | RuntimeException e) {
            // an unreadable temporary folder leaves the copies where they are; the command itself goes on
        }
        return removed;
    }

    private static boolean removeIfStale(Path f, FileTime before) {
        try {
            return Files.isRegularFile(f) && Files.getLastModifiedTime(f).compareTo(before) < 0 && Files.deleteIfExists(f);
        } catch (IOException e) {
            return false; // another user's copy (sticky /tmp), or removed meanwhile
        }
    }
}
