package org.marsad.cli;

import java.time.Instant;
import java.util.List;
import org.marsad.export.EventWriter;
import org.marsad.export.ExportOptions;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The export options {@code extract} and {@code export} share: the format check and the writer's flags. */
final class ExportFlags {
    @Option(names = "--bom", description = "Start the file with a UTF-8 byte-order mark (Excel then reads the CSV as UTF-8).")
    boolean bom;

    @Option(names = "--all-events", description = "acled: also write the events ACLED does not code (statements, "
            + "meetings, threats, planned or denied events), as Strategic developments / Other with acled_coded=false.")
    boolean allEvents;

    @Option(names = "--with-text", description = "jsonl, plover: include the text of each event's sentence "
            + "(sentence_text, PLOVER's text).")
    boolean withText;

    ExportOptions options() {
        return new ExportOptions(bom, allEvents, withText, Instant.now());
    }

    /** Checks a format name against {@code allowed}; {@code cameo} (the old half-GDELT table) is explained. */
    static void check(CommandSpec spec, String format, List<String> allowed) {
        if (format.equals("cameo")) {
            throw new ParameterException(spec.commandLine(), "--format cameo is gone: it borrowed 18 GDELT column "
                    + "names with ISO country codes. Use --format gdelt (the full GDELT 2.0 event table: 61 columns, "
                    + "FIPS country codes, integer ids) or --format plover.");
        }
        if (!allowed.contains(format)) {
            throw new ParameterException(spec.commandLine(),
                    "Unknown --format '" + format + "': use " + String.join(", ", allowed) + ".");
        }
    }

    static List<String> textFormats() {
        return EventWriter.FORMATS;
    }
}
