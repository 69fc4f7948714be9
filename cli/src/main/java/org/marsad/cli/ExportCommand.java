package org.marsad.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.export.EventWriter;
import org.marsad.store.EventQuery;
import org.marsad.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code marsad export}: the store's events to a file. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export stored events as jsonl, acled (CSV), cameo (TSV), geojson or parquet.")
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--format", required = true, description = "jsonl, acled, cameo, geojson or parquet.")
    String format;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The file to write.")
    Path output;

    @Override
    public Integer call() throws IOException {
        if (!List.of("jsonl", "acled", "cameo", "geojson", "parquet").contains(format)) {
            throw new ParameterException(spec.commandLine(),
                    "Unknown --format '" + format + "': use jsonl, acled, cameo, geojson or parquet.");
        }
        try (EventStore db = EventStore.open(store.dir())) {
            if (format.equals("parquet")) {
                db.exportParquet(EventQuery.all(), output);
            } else {
                try (Writer target = Files.newBufferedWriter(output, StandardCharsets.UTF_8);
                     EventWriter out = EventWriter.of(format, target)) {
                    db.forEach(EventQuery.all(), e -> write(out, e));
                }
            }
            spec.commandLine().getErr().printf("marsad: wrote %s (%d events in the store)%n", output, db.count("events"));
        }
        return 0;
    }

    private static void write(EventWriter out, org.marsad.model.Event e) {
        try {
            out.write(e);
        } catch (IOException x) {
            throw new java.io.UncheckedIOException(x);
        }
    }
}
