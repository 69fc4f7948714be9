package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DemoCommandTest {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Marsad.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return new Run(cl.execute(args), out.toString(), err.toString());
    }

    @Test
    void theDemoListsEveryBundledSamplePageAndPointsToExtractAndEval() throws Exception {
        Run r = run("demo");
        assertEquals(0, r.code(), r.err());
        for (Path p : SamplesGoldTest.pages()) {
            assertTrue(r.out().contains("== " + p.getFileName()), "the summary names " + p.getFileName());
        }
        assertTrue(r.out().contains("Totals: " + SamplesGoldTest.pages().size() + " pages"), r.out());
        assertTrue(r.out().contains("marsad extract") && r.out().contains("marsad eval articles samples"), r.out());
    }

    @Test
    void bundledPagesAreDatedByTheIndex() {
        Map<String, LocalDate> index = DemoCommand.parseIndex("# page\tpublished\na.txt\t2025-01-15\n", "t");
        assertEquals(Map.of("a.txt", LocalDate.of(2025, 1, 15)), index);
        assertTrue(DemoCommand.bundledPages().stream().allMatch(p -> p.meta().published() != null),
                "every bundled page has a publication date");
    }

    @Test
    void aBadIndexLineFailsWithItsLineNumber() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DemoCommand.parseIndex("a.txt\t2025-01-15\nb.txt\t15/01/2025\n", "idx"));
        assertTrue(e.getMessage().startsWith("idx:2:"), e.getMessage());
    }

    @Test
    void jsonModePrintsOneValidRecordALine() throws Exception {
        Run r = run("demo", "--json");
        assertEquals(0, r.code(), r.err());
        ObjectMapper json = new ObjectMapper();
        for (String line : r.out().split("\n")) {
            if (!line.isBlank()) {
                JsonNode n = json.readTree(line);
                assertEquals("marsad.event/1", n.get("schema").asText(), line);
            }
        }
        assertTrue(!r.out().contains("Totals:"), "JSON mode prints records only");
    }

    @Test
    void anotherFolderCanBeShownWithItsOwnIndex() throws Exception {
        Files.writeString(dir.resolve("خبر.txt"), "اشتباكات قرب الحدود\n\nاندلعت اشتباكات مساء الأحد قرب بلدة حدودية.\n",
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("notes.md"), "not a page", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("index.tsv"), "خبر.txt\t2025-03-03\n", StandardCharsets.UTF_8);
        Run r = run("demo", "--samples", dir.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("== خبر.txt (published 2025-03-03)"), r.out());
        assertTrue(r.out().contains("Totals: 1 pages"), "only *.txt files are pages: " + r.out());
    }

    @Test
    void aFolderWithoutPagesSaysWhatToDo() {
        Run r = run("demo", "--samples", dir.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("--samples DIR"), r.err());
        Run missing = run("demo", "--samples", dir.resolve("nowhere").toString());
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("is not a folder"), missing.err());
    }
}
