package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalClustersCommandTest {
    @TempDir
    Path dir;

    @Test
    void threeOutletsReportingOneBombingAreThreeReportsOfOneHappening() throws Exception {
        String jsonl = String.join("\n",
                "{\"url\": \"https://a.example/x\", \"published\": \"2024-03-12\", \"text\": "
                        + "\"قتل خمسة أشخاص في انفجار سيارة مفخخة في مدينة كركوك يوم الاثنين.\"}",
                "{\"url\": \"https://b.example/y\", \"published\": \"2024-03-11\", \"text\": "
                        + "\"قتل سبعة أشخاص في انفجار سيارة مفخخة في كركوك اليوم الاثنين.\"}",
                "{\"url\": \"https://c.example/z\", \"published\": \"2024-03-20\", \"text\": "
                        + "\"تظاهر مئات المواطنين في العاصمة تونس يوم الأربعاء.\"}") + "\n";
        Path in = Files.writeString(dir.resolve("news.jsonl"), jsonl, StandardCharsets.UTF_8);
        CliRun r = CliRun.of("eval", "clusters", in.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"pages\":3"), r.out());
        assertTrue(r.out().contains("\"multi_report_clusters\":1,\"reports_in_them\":2"), r.out());
    }
}
