package org.marsad.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
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

/** {@code marsad events}: stored events, filtered, as JSON Lines. */
@Command(name = "events", mixinStandardHelpOptions = true, description = "Print stored events, filtered, as JSON Lines.")
final class EventsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--type", description = "PLOVER type, e.g. ASSAULT.")
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
        EventQuery q;
        try {
            q = new EventQuery(upper(type), status, country, upper(actor), from, to, text, limit, 0);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "Bad filter: " + e.getMessage() + ".");
        }
        try (EventStore db = EventStore.open(store.dir());
             Writer target = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
             EventWriter out = EventWriter.of("jsonl", target)) {
            for (var e : db.events(q)) {
                out.write(e);
            }
        }
        return 0;
    }

    private static String upper(String s) {
        return s == null ? null : s.toUpperCase(java.util.Locale.ROOT);
    }
}
