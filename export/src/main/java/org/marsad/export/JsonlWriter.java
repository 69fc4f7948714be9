package org.marsad.export;

import java.io.IOException;
import java.io.Writer;
import org.marsad.model.Event;

/**
 * JSON Lines, one {@code marsad.event/1} record a line; with {@code withText}, each record also carries
 * {@code "sentence_text"}, the text its {@code sentence} span points into.
 */
final class JsonlWriter implements EventWriter {
    private final Writer out;
    private final boolean withText;

    JsonlWriter(Writer out, ExportOptions options) {
        this.out = out;
        this.withText = options.withText();
    }

    @Override
    public void write(Event event, String sentence) throws IOException {
        if (withText) {
            EventJson.write(event, sentence, out);
        } else {
            EventJson.write(event, out);
        }
        out.write('\n');
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
