package org.marsad.export;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import org.marsad.model.Event;

/**
 * Writes events in one format, streaming: header, one event at a time, footer. {@link #close()} writes the footer
 * (and does not close the target). {@link #summary()} says what was left out and why, for the command to print.
 */
public interface EventWriter extends Closeable {
    /** The formats {@link #of} writes (Parquet is written by the store, through DuckDB). */
    List<String> FORMATS = List.of("jsonl", "acled", "plover", "gdelt", "geojson");

    /** Writes one event; {@code sentence} is the text of its sentence, or null when not at hand. */
    void write(Event event, String sentence) throws IOException;

    default void write(Event event) throws IOException {
        write(event, null);
    }

    /** What was left out and why, as one sentence; empty when every event was written. */
    default String summary() {
        return "";
    }

    /** The writer for a format name, with default options. */
    static EventWriter of(String format, Writer out) throws IOException {
        return of(format, out, ExportOptions.defaults());
    }

    /**
     * The writer for a format name: {@code jsonl} (marsad.event/1), {@code acled} (ACLED CSV), {@code plover}
     * (PLOVER JSON Lines), {@code gdelt} (the GDELT 2.0 event table), {@code geojson}.
     */
    static EventWriter of(String format, Writer out, ExportOptions options) throws IOException {
        switch (format.toLowerCase(Locale.ROOT)) {
            case "jsonl":
                return new JsonlWriter(out, options);
            case "acled":
                return new AcledCsvWriter(out, options);
            case "plover":
                return new PloverJsonWriter(out, options);
            case "gdelt":
                return new GdeltEventWriter(out);
            case "geojson":
                return new GeoJsonWriter(out);
            default:
                throw new IllegalArgumentException("unknown format '" + format + "': use " + String.join(", ", FORMATS));
        }
    }
}
