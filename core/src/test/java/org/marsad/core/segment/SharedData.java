package org.marsad.core.segment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the project's shared data folder ({@code shared/} beside the repository, or above a work tree) at test
 * time. Tests on shared data are skipped when it is absent: its text is never copied into the project.
 */
final class SharedData {
    private SharedData() {
    }

    /** The first {@code shared/RELATIVE} found walking up from the working folder. */
    static Optional<Path> find(String relative) {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("shared").resolve(relative);
            if (Files.exists(candidate)) {
                return Optional.of(candidate);
            }
            dir = dir.getParent();
        }
        return Optional.empty();
    }
}
