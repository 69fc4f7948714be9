package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressTest {
    @Test
    void aLogGetsNoLineForShortWorkAndCountsEveryStep() {
        StringWriter out = new StringWriter();
        Progress p = new Progress(new PrintWriter(out, true), "pages", 10, false);
        for (int i = 0; i < 10; i++) {
            p.step();
        }
        p.finish();
        assertEquals(10, p.done());
        assertEquals("", out.toString(), "short work on a log prints nothing");
    }

    @Test
    void aTerminalBarIsClearedAtTheEnd() {
        StringWriter out = new StringWriter();
        Progress p = new Progress(new PrintWriter(out, true), "pages", 3, true);
        p.step();
        p.finish();
        assertTrue(out.toString().endsWith("\r"), "the bar line is blanked and the cursor returned");
    }
}
