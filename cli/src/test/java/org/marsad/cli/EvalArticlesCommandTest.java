package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalArticlesCommandTest {
    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void aFolderWithoutGoldSaysWhatToPutThere() throws IOException {
        Files.writeString(dir.resolve("page.txt"), "عنوان\n\nنص.\n", StandardCharsets.UTF_8);
        CliRun r = run("eval", "articles", dir.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains(".gold.json"), r.err());
    }

    @Test
    void jsonHasTheSpecKeysAndABrokenGoldIsNamedOnStderr() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "مزارعون يعتصمون أمام الوزارة\n\nاعتصم مزارعون أمام وزارة الزراعة أمس.\n",
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("a.gold.json"), """
                {"page":"a.txt","articles":[{"headline":"مزارعون يعتصمون أمام الوزارة","published":"2025-03-10",
                 "events":[{"type":"PROTEST","status":"occurred","actor":"JORCVL","recipient":null,"date":"2025-03-09",
                            "place":null,"lat":null,"lon":null,"dead":null,"optional":false}]}]}""",
                StandardCharsets.UTF_8);
        Path broken = Files.writeString(dir.resolve("b.gold.json"), "{\"page\":", StandardCharsets.UTF_8);
        CliRun r = run("eval", "articles", dir.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals(1, j.path("pages").asInt());
        assertEquals(1, j.path("articles").asInt());
        assertEquals(1, j.path("events").path("tp").asInt() + j.path("events").path("fn").asInt());
        assertTrue(j.path("fields").has("status"), r.out());
        assertTrue(r.err().contains(broken.toString()), r.err());
    }

    @Test
    void outOfFoldIsRefusedOutsideTheStandoffTrainPartBeforeAnyTraining() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "طلاب يعتصمون أمام الجامعة\n\nاعتصم طلاب أمام الجامعة أمس.\n",
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("a.gold.json"), """
                {"page":"a.txt","articles":[{"headline":"طلاب يعتصمون أمام الجامعة","published":"2025-03-10",
                 "events":[]}]}""", StandardCharsets.UTF_8);
        CliRun r = run("eval", "articles", dir.toString(), "--decider", "oof");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("--split train"), r.err());
        CliRun dev = run("eval", "articles", dir.toString(), "--split", "dev", "--decider", "oof");
        assertEquals(2, dev.code(), dev.err());
        assertTrue(dev.err().contains("train part only"), dev.err());
    }
}
