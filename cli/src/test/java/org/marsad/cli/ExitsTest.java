package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExitsTest {
    @Test
    void nothingFailedIsZeroAndSaysNothing() {
        StringWriter err = new StringWriter();
        assertEquals(Exits.OK, Exits.summary(new PrintWriter(err), "ingest", List.of()));
        assertEquals("", err.toString());
    }

    @Test
    void failedInputsAreListedEscapedAndGiveOne() {
        StringWriter err = new StringWriter();
        assertEquals(Exits.SOME_FAILED, Exits.summary(new PrintWriter(err, true), "ingest",
                List.of("a.txt", "b\nmarsad: all good")));
        assertEquals("marsad ingest: 2 inputs failed: a.txt, b\\nmarsad: all good" + System.lineSeparator(),
                err.toString());
    }

    @Test
    void badUsageIsTwoInEveryCommand() {
        for (String cmd : List.of("events", "search", "export", "serve", "watch", "demo", "bench-store",
                "bench-load", "ingest", "extract")) {
            assertEquals(Exits.USAGE, CliRun.of(cmd, "--no-such-option").code(), cmd);
        }
    }
}
