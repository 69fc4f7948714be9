package org.marsad.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --db DIR} option shared by the store commands, with the per-user default folder. */
final class StoreOption {
    @Option(names = "--db", paramLabel = "DIR",
            description = "Store folder (default: $XDG_DATA_HOME/marsad or ~/.local/share/marsad).")
    Path db;

    Path dir() {
        if (db != null) {
            return db;
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".local", "share");
        return base.resolve("marsad");
    }
}
