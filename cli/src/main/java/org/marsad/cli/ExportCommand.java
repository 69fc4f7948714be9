package org.marsad.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.export.EventWriter;
import org.marsad.store.EventQuery;
import org.marsad.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code marsad export}: the store's events to a file. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export stored events as jsonl (marsad.event/1), acled (ACLED CSV), plover (PLOVER JSON Lines), "
                + "gdelt (GDELT 2.0 event table), geojson or parquet.")
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Mixin
    ExportFlags flags;

    @Option(names = "--format", required = true,
            description = "jsonl, acled, plover, gdelt, geojson or parquet.")
    String format;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The file to write.")
    Path output;

    @Override
    public Integer call() throws IOException {
        List<String> formats = new ArrayList<>(ExportFlags.textFormats());
        formats.add("parquet");
        ExportFlags.check(spec, format, formats);
        var server = StoreAccess.running(store.dir());
        if (server.isPresent()) {
            return viaServer(server.get());
        }
        String summary = "";
        try (EventStore db = Filters.openExisting(spec, store.dir())) {
            if (format.equals("parquet")) {
                db.exportParquet(EventQuery.all(), output);
            } else {
                try (Writer target = Files.newBufferedWriter(output, StandardCharsets.UTF_8);
                     EventWriter out = EventWriter.of(format, target, flags.options())) {
                    db.forEachWithSentence(EventQuery.all(), (e, sentence) -> write(out, e, sentence));
                    summary = out.summary();
                }
            }
            long n = db.count("events");
            spec.commandLine().getErr().println(n == 0 ? Filters.nothingFound(store.dir(), 0, "events")
                    + "; wrote " + Printable.of(output) + " without any"
                    : "marsad: wrote " + Printable.of(output) + " (" + n + " events in the store)");
        }
        if (!summary.isEmpty()) {
            spec.commandLine().getErr().println("marsad: " + summary);
        }
        return 0;
    }

    /**
     * The export through the running server that holds the store (its {@code GET /api/events}, page by page).
     * Parquet is written by DuckDB from the store itself, so it waits until the server is stopped. The server's
     * records carry no sentence text: ACLED's notes then hold the trigger, and --with-text writes null.
     */
    private int viaServer(StoreAccess.RunningServer server) throws IOException {
        if (format.equals("parquet")) {
            throw new IllegalStateException("the server at " + server.url() + " (PID " + server.pid()
                    + ") holds the store " + store.dir() + ", and a parquet export is written from the store itself:"
                    + " stop the server and run this again, or export jsonl, acled, plover, gdelt or geojson, which go"
                    + " through the server");
        }
        spec.commandLine().getErr().println("marsad export: asking the server at " + server.url()
                + " (it holds the store)");
        long n;
        String summary;
        try (Writer target = Files.newBufferedWriter(output, StandardCharsets.UTF_8);
             EventWriter out = EventWriter.of(format, target, flags.options())) {
            n = new ServerReads(server.url()).events(java.util.Map.of(), Long.MAX_VALUE,
                    r -> write(out, org.marsad.export.EventJsonReader.read(r), null));
            summary = out.summary();
        }
        spec.commandLine().getErr().println(n == 0 ? Filters.nothingFound(store.dir(), 0, "events")
                + "; wrote " + Printable.of(output) + " without any"
                : "marsad: wrote " + Printable.of(output) + " (" + n + " events in the store)");
        if (!summary.isEmpty()) {
            spec.commandLine().getErr().println("marsad: " + summary);
        }
        return Exits.OK;
    }

    private static void write(EventWriter out, org.marsad.model.Event e, String sentence) {
        try {
            out.write(e, sentence);
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
    }
}
