package org.marsad.export;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import org.marsad.model.Event;

/** Writes events in one format, streaming. {@link #close()} writes the footer (and does not close the target). */
public interface EventWriter extends Closeable {

    void write(Event event) throws IOException;

    /** The writer for a format name ({@code jsonl}, {@code acled}, {@code cameo}, {@code geojson}). */
    static EventWriter of(String format, Writer out) throws IOException {
        switch (format.toLowerCase(Locale.ROOT)) {
            case "jsonl":
                return new JsonlWriter(out);
            case "acled":
                return new AcledCsvWriter(out);
            case "cameo":
                return new CameoTsvWriter(out);
            case "geojson":
                return new GeoJsonWriter(out);
            default:
                throw new IllegalArgumentException("unknown format '" + format + "': use jsonl, acled, cameo or geojson");
        }
    }
}
