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
        var err = spec.commandLine().getErr();
        try (EventStore db = EventStore.open(store.dir())) {
            long stored = db.count("events");
            String summary = "";
            if (format.equals("parquet")) {
                db.exportParquet(EventQuery.all(), output);
            } else {
                try (Writer target = Files.newBufferedWriter(output, StandardCharsets.UTF_8);
                     EventWriter out = EventWriter.of(format, target, flags.options())) {
                    db.forEachWithSentence(EventQuery.all(), (e, sentence) -> {
                        try {
                            out.write(e, sentence);
                        } catch (IOException x) {
                            throw new UncheckedIOException(x);
                        }
                    });
                    summary = out.summary();
                }
            }
            err.printf("marsad: wrote %s (%d events in the store)%n", output, stored);
            if (!summary.isEmpty()) {
                err.println("marsad: " + summary);
            }
        }
        return 0;
    }
}
