package org.marsad.eval.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kappa and event agreement between two codings, on an invented article. */
class CoderAgreementTest {
    private static final String DOC = "<DOC>\n<TITLE>غارة على بلدة الوادي</TITLE>\n<TEXT>\nقصفت طائرات بلدة الوادي فجر اليوم."
            + " ودانت الحكومة القصف. وقال شاهد إن الطقس كان صافياً.\n</TEXT>\n</DOC>\n";

    @TempDir
    Path tmp;

    @Test
    void kappaIsOneForIdenticalCodingsZeroForChanceAndNegativeForOpposites() {
        Kappa same = new Kappa();
        Kappa opposite = new Kappa();
        for (int i = 0; i < 10; i++) {
            same.add(i % 3 == 0, i % 3 == 0);
            opposite.add(i % 2 == 0, i % 2 != 0);
        }
        assertEquals(1.0, same.kappa(), 1e-9);
        assertTrue(opposite.kappa() < 0);
        Kappa chance = new Kappa();
        chance.add(true, true);
        chance.add(true, false);
        chance.add(false, true);
        chance.add(false, false);
        assertEquals(0.0, chance.kappa(), 1e-9);
    }

    private static int[] at(String w) {
        int s = DOC.indexOf(w, DOC.indexOf("<TEXT>"));
        return new int[] {s, s + w.length()};
    }

    private void write(Path dir, String sha, String events, String labels) throws Exception {
        Files.createDirectories(dir);
        int[] s1 = {at("قصفت")[0], at("اليوم.")[1]};
        int[] s2 = {at("ودانت")[0], at("القصف.")[1]};
        Files.writeString(dir.resolve("TOY-1-20180414.json"), "{\"schema\": \"marsad.gold-standoff/1\", \"corpus\": \"TOY\","
                + " \"path\": \"O/TOY-1-20180414.txt\", \"sha256\": \"" + sha + "\", \"published\": \"2018-04-14\",\n"
                + " \"events\": [" + events + "],\n \"sentences\": [{\"span\": [" + s1[0] + ", " + s1[1] + "], \"labels\": ["
                + labels + "]}, {\"span\": [" + s2[0] + ", " + s2[1] + "], \"labels\": [\"ACCUSE:occurred\"]}]}\n");
    }

    private static String event(String type, String actor, int[] trigger, boolean optional) {
        return "{\"type\": \"" + type + "\", \"status\": \"occurred\", \"actor\": " + (actor == null ? "null" : "\"" + actor + "\"")
                + ", \"recipient\": null, \"date\": \"2018-04-14\", \"trigger\": [" + trigger[0] + ", " + trigger[1]
                + "], \"place\": null, \"dead\": null, \"optional\": " + optional + "}";
    }

    @Test
    void eventsArePairedAsTheScorerPairsThemAndOptionalOnesCountForNeither() throws Exception {
        Path f = tmp.resolve("corpora/TOY/O/TOY-1-20180414.txt");
        Files.createDirectories(f.getParent());
        Files.writeString(f, DOC, StandardCharsets.UTF_8);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
        write(tmp.resolve("gold/A"), sha, event("ASSAULT", "SYRMIL", at("قصفت"), false) + ", "
                + event("ACCUSE", "SYRGOV", at("ودانت"), false), "\"ASSAULT:occurred\"");
        write(tmp.resolve("gold/second"), sha, event("ASSAULT", "SYRMIL", at("قصفت"), false) + ", "
                + event("REJECT", "SYRGOV", at("ودانت"), false) + ", " + event("CONSULT", null, at("الطقس"), true),
                "\"ASSAULT:occurred\", \"PROTEST:occurred\"");
        CoderAgreement.Report r = new CoderAgreement(tmp.resolve("gold"), tmp.resolve("gold/second"),
                tmp.resolve("corpora")).run();
        assertEquals(1, r.articles());
        assertEquals(1, r.tp());
        assertEquals(1, r.fp(), "REJECT is unmatched; the optional CONSULT counts for neither side");
        assertEquals(1, r.fn());
        assertEquals(2, r.sentences());
        assertEquals(1.0, r.kappaByType().get("ASSAULT"), 1e-9);
        assertTrue(r.kappaByType().get("PROTEST") <= 0, "one coder alone saw a protest");
    }
}
