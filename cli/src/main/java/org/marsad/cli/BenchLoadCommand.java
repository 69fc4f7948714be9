package org.marsad.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.marsad.bench.SyntheticStore;
import org.marsad.bench.load.LoadConfig;
import org.marsad.bench.load.LoadReport;
import org.marsad.bench.load.LoadRun;
import org.marsad.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code marsad bench-load}: concurrent clients against the HTTP API on 127.0.0.1 while pages are ingested. */
@Command(name = "bench-load", mixinStandardHelpOptions = true,
        description = {"Load the HTTP API on 127.0.0.1: concurrent clients mixing event queries, event details and "
                + "searches while one more client ingests pages; prints requests, errors, latency percentiles and "
                + "heap before/after. Exits 1 when there were errors or p99 is over --p99-ms.",
            "A store folder without events is first filled with --events synthetic events and their pages."})
final class BenchLoadCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "DIR",
            description = "Store folder, kept (default: a new temporary folder, removed at the end).")
    Path db;

    @Option(names = "--events", defaultValue = "1000000", description = "Synthetic events when the store is empty (default ${DEFAULT-VALUE}).")
    int events;

    @Option(names = "--clients", defaultValue = "50", description = "Concurrent read clients (default ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--seconds", defaultValue = "60", description = "Duration (default ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--think-ms", defaultValue = "0", description = "Pause of each client between requests (default ${DEFAULT-VALUE}: back to back).")
    int thinkMs;

    @Option(names = "--max-reads", paramLabel = "N",
            description = "Read requests the server runs at once, the others wait in order "
            + "(default: twice the cores).")
    Integer maxReads;

    @Option(names = "--p99-ms", defaultValue = "250", description = "Target p99 latency (default ${DEFAULT-VALUE}).")
    double p99Ms;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (maxReads != null && (maxReads < 1 || maxReads > 1024)) {
            throw new ParameterException(spec.commandLine(), "--max-reads must be 1..1024.");
        }
        if (events < 1) {
            throw new ParameterException(spec.commandLine(), "--events must be at least 1.");
        }
        LoadConfig config;
        try {
            config = new LoadConfig(clients, seconds, thinkMs, 42);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        try (TempStore tmp = db == null ? TempStore.create("marsad-bench-load-") : null) {
            return run(config, tmp == null ? db : tmp.dir(), tmp != null);
        }
    }

    private int run(LoadConfig config, Path dir, boolean temporary) throws InterruptedException {
        if (temporary) {
            spec.commandLine().getErr().println("marsad: a temporary store in " + Printable.of(dir)
                    + " (removed at the end; give --db DIR to keep one)");
        }
        if (!hasEvents(dir)) {
            spec.commandLine().getErr().println("marsad: filling " + Printable.of(dir) + " with " + events + " synthetic events ...");
            SyntheticStore.fill(dir, events, true);
        }
        spec.commandLine().getErr().println("marsad: opening the store (indexing pages for search if needed) ...");
        LoadReport report;
        try (EventStore store = StoreAccess.openForWrite(dir, spec.commandLine().getErr())) {
            spec.commandLine().getErr().println("marsad: " + clients + " clients for " + seconds + " s ...");
            int reads = maxReads == null ? org.marsad.server.ServerConfig.DEFAULT_MAX_READS : maxReads;
            spec.commandLine().getErr().println("marsad: the server runs at most " + reads + " reads at once");
            report = new LoadRun(store, config, reads).run();
        }
        report.lines().forEach(spec.commandLine().getOut()::println);
        report.errorSamples().forEach(s -> spec.commandLine().getErr().println("  error: " + Printable.of(s)));
        boolean ok = report.passed(p99Ms);
        spec.commandLine().getOut().println(ok ? "PASS: no errors, p99 under " + p99Ms + " ms"
                : "FAIL: errors or p99 over " + p99Ms + " ms");
        return ok ? Exits.OK : Exits.SOME_FAILED;
    }

    private static boolean hasEvents(Path dir) {
        if (!Files.exists(dir.resolve(EventStore.FILE))) {
            return false;
        }
        try (EventStore s = EventStore.open(dir)) {
            return s.count("events") > 0;
        }
    }
}
