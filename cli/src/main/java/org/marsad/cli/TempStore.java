package org.marsad.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A store folder that lives as long as one command ({@code bench-store}, {@code bench-load} without {@code --db}):
 * removed when closed, or by a shutdown hook when the command is stopped with Ctrl-C.
 */
final class TempStore implements AutoCloseable {
    private final Path dir;
    private final Thread hook;

    private TempStore(Path dir) {
        this.dir = dir;
        this.hook = new Thread(this::delete);
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** A new empty folder in the temporary folder, named {@code prefix...}. */
    static TempStore create(String prefix) {
        try {
            return new TempStore(Files.createTempDirectory(prefix));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary store: " + e.getMessage(), e);
        }
    }

    Path dir() {
        return dir;
    }

    @Override
    public void close() {
        delete();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: the hook runs (and finds nothing left)
        }
    }

    /** Removes the folder and everything in it; what cannot be removed is left (the temporary folder's own cleaning). */
    private void delete() {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // left behind; the next entries (its parents) fail too and are left as well
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // a concurrent removal; nothing more to do
        }
    }
}
