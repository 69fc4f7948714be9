package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** extract --stats: every event has a date value when the page is dated, and the shares of precisions are printed. */
class ExtractStatsTest {
    @TempDir
    Path tmp;

    @Test
    void statsSayEveryEventIsDatedAndHowPrecisely() throws Exception {
        Path page = tmp.resolve("page.txt");
        Files.writeString(page, "قصف على ريف حمص\n\nقصفت طائرات حربية مواقع للمسلحين قرب مدينة حمص وقتلت خمسة منهم.\n\n"
                + "والتقى وزير الخارجية السوري أمس نظيره الروسي في موسكو.\n", StandardCharsets.UTF_8);
        CliRun r = CliRun.of("extract", page.toString(), "--published", "2025-06-12", "--stats", "-o",
                tmp.resolve("out.jsonl").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains(" 0 without a date value"), r.err());
        assertTrue(r.err().contains("reported "), "the undated strike is dated by the report: " + r.err());
        assertTrue(r.err().contains("day "), "the meeting of yesterday has a day: " + r.err());
        CliRun quiet = CliRun.of("extract", page.toString(), "--published", "2025-06-12", "-o",
                tmp.resolve("out2.jsonl").toString());
        assertFalse(quiet.err().contains("date precision"), "no stats unless asked");
    }
}
