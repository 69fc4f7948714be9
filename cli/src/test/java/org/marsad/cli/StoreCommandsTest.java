package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.store.EventStore;
import picocli.CommandLine;

class StoreCommandsTest {
    @TempDir
    Path dir;

    private String run(int expected, String... args) {
        StringWriter err = new StringWriter();
        CommandLine cl = Marsad.commandLine();
        cl.setErr(new PrintWriter(err, true));
        assertEquals(expected, cl.execute(args), err.toString());
        return err.toString();
    }

    @Test
    void ingestingTheSameFolderTwiceStoresEachPageOnce() throws Exception {
        Path pages = Files.createDirectories(dir.resolve("pages"));
        Files.writeString(pages.resolve("a.txt"), "عنوان أول\n\nقصفت القوات التركية قرية صغيرة السبت.\n", StandardCharsets.UTF_8);
        Files.writeString(pages.resolve("b.txt"), "عنوان ثان\n\nتظاهر مئات في المدينة أمس.\n", StandardCharsets.UTF_8);
        Path db = dir.resolve("db");
        run(0, "ingest", pages.toString(), "--db", db.toString(), "--published", "2024-11-10");
        String second = run(0, "ingest", pages.toString(), "--db", db.toString());
        assertTrue(second.contains("0 pages stored, 2 already there"), second);
        try (EventStore s = EventStore.open(db)) {
            assertEquals(2, s.count("pages"));
        }
    }

    @Test
    void exportWritesEveryFormatAndRefusesUnknownOnes() throws Exception {
        Path db = dir.resolve("db");
        Path pages = Files.createDirectories(dir.resolve("p"));
        Files.writeString(pages.resolve("a.txt"), "عنوان\n\nنص.\n", StandardCharsets.UTF_8);
        run(0, "ingest", pages.toString(), "--db", db.toString());
        for (String f : new String[] {"jsonl", "acled", "plover", "gdelt", "geojson", "parquet"}) {
            Path out = dir.resolve("out." + f);
            run(0, "export", "--format", f, "-o", out.toString(), "--db", db.toString());
            assertTrue(Files.exists(out), f);
        }
        assertTrue(run(2, "export", "--format", "xml", "-o", "x", "--db", db.toString()).contains("use jsonl"));
        assertTrue(run(2, "export", "--format", "cameo", "-o", "x", "--db", db.toString()).contains("--format gdelt"),
                "the old half-GDELT format name points to the real one");
    }

    @Test
    void aBadFilterSaysWhatIsWrong() {
        String err = run(2, "events", "--db", dir.resolve("db").toString(), "--from", "2024-02-01", "--to", "2024-01-01");
        assertTrue(err.contains("ends before it starts"), err);
    }
}
