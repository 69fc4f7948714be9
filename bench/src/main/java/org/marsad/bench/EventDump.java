package org.marsad.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.marsad.core.pipeline.Pipeline;
import org.marsad.core.segment.Page;
import org.marsad.model.Event;
import org.marsad.export.EventJson;

/**
 * Writes the events the standard pipeline codes from benchmark pages, one JSON line each, so that a speed change
 * can be checked to leave every event of a large corpus unchanged ({@code diff} of two dumps).
 */
public final class EventDump {
    private EventDump() {
    }

    public static void write(List<Page> pages, Path out) {
        Pipeline pipeline = Pipeline.standard();
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (Page p : pages) {
                for (Event e : pipeline.process(p).events()) {
                    EventJson.write(e, w);
                    w.newLine();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write events to " + out + ": " + e.getMessage(), e);
        }
    }
}
