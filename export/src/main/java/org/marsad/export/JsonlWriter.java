package org.marsad.export;

import java.io.IOException;
import java.io.Writer;
import org.marsad.model.Event;

/** JSON Lines, one {@code marsad.event/1} record a line. */
final class JsonlWriter implements EventWriter {
    private final Writer out;

    JsonlWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void write(Event event) throws IOException {
        EventJson.write(event, out);
        out.write('\n');
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
