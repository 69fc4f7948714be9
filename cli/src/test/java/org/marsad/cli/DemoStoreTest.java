package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.core.pipeline.PageResult;
import org.marsad.core.pipeline.Pipeline;

/** The demo keeps its store where it says, for the next commands' --db (issue 17, issue 19 item 11). */
class DemoStoreTest {
    @TempDir
    Path dir;

    @Test
    void theDemoStoreIsKeptAtThePrintedPathAndReadByTheOtherCommands() {
        Pipeline pipeline = Pipeline.standard();
        List<PageResult> results = DemoCommand.bundledPages().stream().map(pipeline::process).toList();
        long events = results.stream().mapToLong(r -> r.events().size()).sum();
        Path db = dir.resolve("demo");
        StringWriter err = new StringWriter();
        DemoCommand.keep(new PrintWriter(err, true), db, results);
        assertTrue(err.toString().contains("kept in the store " + db + " (" + results.size() + " pages new, " + events
                + " events)"), err.toString());
        assertTrue(err.toString().contains("marsad events --db " + db), err.toString());
        CliRun read = CliRun.of("events", "--db", db.toString());
        assertEquals(0, read.code(), read.err());
        assertEquals(events, read.out().lines().count());

        StringWriter again = new StringWriter();
        DemoCommand.keep(new PrintWriter(again, true), db, results);
        assertTrue(again.toString().contains("(0 pages new, " + events + " events)"), "reused: " + again);
    }

    @Test
    void theDefaultDemoStoreSitsBesideTheDefaultStore() {
        DemoCommand demo = new DemoCommand();
        assertEquals(new StoreOption().dir().resolveSibling("marsad-demo"), demo.storeDir());
    }

    @Test
    void aSkippedSamplePageExitsOneAndNamesAreEscaped() throws Exception {
        java.nio.file.Files.writeString(dir.resolve("خبر\nmarsad: Totals: 9 pages.txt"),
                "اشتباكات قرب الحدود\n\nاندلعت اشتباكات مساء الأحد قرب بلدة حدودية.\n");
        java.nio.file.Files.write(dir.resolve("\u001b[2Jbinary.txt"), new byte[] {0, 1, 2, 3, 0, 0});
        CliRun r = CliRun.of("demo", "--samples", dir.toString(), "--no-serve");
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("skipped " + dir + "/\\x1b[2Jbinary.txt: not a text page (binary)"), r.err());
        assertTrue(r.out().contains("== خبر\\nmarsad: Totals: 9 pages.txt"), r.out());
        assertTrue(r.out().lines().noneMatch(l -> l.startsWith("marsad: Totals")), "no forged line");
        assertTrue(!r.out().contains("\u001b") && !r.err().contains("\u001b"), "no terminal escape printed");
    }
}
