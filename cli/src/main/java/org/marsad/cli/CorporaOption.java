package org.marsad.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --corpora DIR}: the folder of the corpora that the project's stand-off gold names (docs/annotation.md),
 * shared by the commands that read that gold. Default: {@code $MARSAD_CORPORA}, else {@code ../shared/data/corpora}.
 */
final class CorporaOption {
    @Option(names = "--corpora", paramLabel = "DIR",
            description = "The corpora the stand-off gold names (default: $MARSAD_CORPORA, else ../shared/data/corpora).")
    Path corpora;

    Path folder() {
        if (corpora != null) {
            return corpora;
        }
        String env = System.getenv("MARSAD_CORPORA");
        return Path.of(env != null && !env.isBlank() ? env : "../shared/data/corpora");
    }
}
