package org.marsad.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.marsad.bench.StoreBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code marsad bench-store}: filtered event queries over a store of synthetic events. */
@Command(name = "bench-store", mixinStandardHelpOptions = true,
        description = "Time filtered event queries over a fresh store of synthetic events (median and p95); "
                + "the store is a temporary folder, removed at the end.")
final class BenchStoreCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--events", defaultValue = "1000000", description = "Synthetic events (default ${DEFAULT-VALUE}).")
    int events;

    @Option(names = "--runs", defaultValue = "50", description = "Runs of each query (default ${DEFAULT-VALUE}).")
    int runs;

    @Override
    public Integer call() throws IOException {
        if (events < 1 || runs < 1) {
            throw new ParameterException(spec.commandLine(), "--events and --runs must be at least 1.");
        }
        try (TempStore tmp = TempStore.create("marsad-bench-store-")) {
            spec.commandLine().getErr().println("marsad: filling a store of " + events + " events in "
                    + Printable.of(tmp.dir()) + " (removed at the end) ...");
            for (String line : new StoreBenchmark(tmp.dir(), events, runs).run()) {
                spec.commandLine().getOut().println(line);
            }
        }
        return Exits.OK;
    }
}
