package org.marsad.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code marsad demo}: the project's own sample pages through the pipeline. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run the pipeline on the project's own illustrative sample pages and show what it finds.")
final class DemoCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 0;
    }
}
