package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SearchCommandTest {
    @TempDir
    Path dir;
    private Path db;

    private String[] run(int expected, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Marsad.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        assertEquals(expected, cl.execute(args), err.toString());
        return new String[] {out.toString(), err.toString()};
    }

    @BeforeEach
    void ingest() throws Exception {
        Path pages = Files.createDirectories(dir.resolve("pages"));
        Files.writeString(pages.resolve("a.txt"), "قصف قرب إدلب\n\nسقطت قذائف على بلدة قريبة من إدلب مساء الجمعة.\n",
                StandardCharsets.UTF_8);
        Files.writeString(pages.resolve("b.txt"), "سوق حلب\n\nافتتح تجار حلب سوقا جديدا للخضار.\n", StandardCharsets.UTF_8);
        db = dir.resolve("db");
        run(0, "ingest", pages.toString(), "--db", db.toString());
    }

    @Test
    void searchListsTheMatchingArticleForAPrefixedSpelling() {
        String out = run(0, "search", "بإدلب", "--db", db.toString())[0];
        assertTrue(out.startsWith("1 articles match"), out);
        assertTrue(out.contains("قصف قرب إدلب"), out);
        assertTrue(!out.contains("سوق حلب"), out);
    }

    @Test
    void jsonPrintsOneHitPerLineWithMarksIntoTheSnippet() throws Exception {
        String out = run(0, "search", "وادلب", "--json", "--db", db.toString())[0];
        String[] lines = out.strip().split("\n");
        assertEquals(1, lines.length, out);
        JsonNode hit = new ObjectMapper().readTree(lines[0]);
        String snippet = hit.get("snippet").asText();
        JsonNode mark = hit.get("marks").get(0);
        assertEquals("إدلب", snippet.substring(mark.get(0).asInt(), mark.get(1).asInt()));
    }

    @Test
    void aBadLimitIsAUsageError() {
        assertTrue(run(2, "search", "حلب", "--limit", "0", "--db", db.toString())[1].contains("--limit"));
    }
}
