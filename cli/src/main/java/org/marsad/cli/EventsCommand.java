package org.marsad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.marsad.export.EventJsonReader;
import org.marsad.export.EventWriter;
import org.marsad.store.EventQuery;
import org.marsad.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code marsad events}: stored events, filtered, as JSON Lines. */
@Command(name = "events", mixinStandardHelpOptions = true, description = "Print stored events, filtered, as JSON Lines.")
final class EventsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--type", description = "PLOVER type, e.g. ASSAULT (an unknown one lists them).")
    String type;

    @Option(names = "--status", description = "occurred, ongoing, planned, threatened, negated or hypothetical.")
    String status;

    @Option(names = "--country", description = "Actor or recipient country (ISO-3, e.g. SYR) or place country (ISO-2, e.g. SY).")
    String country;

    @Option(names = "--actor", description = "Actor or recipient code prefix, e.g. TURMIL or TUR.")
    String actor;

    @Option(names = "--from", paramLabel = "DATE", description = "First day (YYYY-MM-DD).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last day (YYYY-MM-DD).")
    LocalDate to;

    @Option(names = "--text", description = "Words the sentence contains.")
    String text;

    @Option(names = "--limit", defaultValue = "1000", description = "At most this many (default ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() throws IOException {
        String t = Filters.type(spec, type);
        String st = Filters.status(spec, status);
        EventQuery q;
        try {
            q = new EventQuery(t, st, country, upper(actor), from, to, text, limit, 0);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "Bad filter: " + e.getMessage() + ".");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path dir = store.dir();
        long written;
        long inStore;
        try (EventWriter w = EventWriter.of("jsonl", out)) {
            var server = StoreAccess.running(dir);
            if (server.isPresent()) {
                err.println("marsad events: asking the server at " + server.get().url() + " (it holds the store)");
                ServerReads api = new ServerReads(server.get().url());
                long[] n = new long[1];
                try {
                    api.events(Filters.params(q), limit, r -> write(w, r, n));
                } catch (ServerReads.Refused e) {
                    throw new ParameterException(spec.commandLine(), "Bad filter: " + e.getMessage() + ".");
                }
                written = n[0];
                inStore = written > 0 ? -1 : api.events(java.util.Map.of(), 1, r -> { });
            } else {
                try (EventStore db = Filters.openExisting(spec, dir)) {
                    written = 0;
                    for (var e : db.events(q)) {
                        w.write(e);
                        written++;
                    }
                    inStore = written > 0 ? -1 : db.count("events");
                }
            }
        }
        out.flush();
        if (written == 0) {
            err.println(Filters.nothingFound(dir, inStore, "events"));
        }
        return Exits.OK;
    }

    private static void write(EventWriter w, String record, long[] n) {
        try {
            w.write(EventJsonReader.read(record));
            n[0]++;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String upper(String s) {
        return s == null ? null : s.toUpperCase(java.util.Locale.ROOT);
    }
}
