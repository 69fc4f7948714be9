package org.marsad.core.segment;

import java.nio.file.Path;

/**
 * The raw bytes of one input and where they came from. {@code path} is null for a stream; {@code origin} is
 * what diagnostics and pages name.
 */
record Source(String origin, Path path, byte[] bytes) {
    Source {
        if (origin == null || bytes == null) {
            throw new IllegalArgumentException("a source needs an origin and bytes");
        }
    }

    /** The lower-case file name, or "" for a stream. */
    String fileName() {
        if (path == null || path.getFileName() == null) {
            return "";
        }
        return path.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    }

    /** The name of the folder holding the file, or null. */
    String folderName() {
        Path parent = path == null ? null : path.toAbsolutePath().getParent();
        return parent == null || parent.getFileName() == null ? null : parent.getFileName().toString();
    }
}
