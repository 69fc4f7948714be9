package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code marsad eval clusters --gold} on a corpus of three pages written for this test, in the ANT layout: two
 * outlets tell one car bombing in Kirkuk, a third a protest in Tunis. The article gold and the happenings gold are
 * stand-off files made here, with their SHA-256s and offsets.
 */
class EvalClustersGoldTest {
    @TempDir
    Path dir;

    private static final String BOMB_A = "قتل خمسة أشخاص في انفجار سيارة مفخخة في مدينة كركوك يوم الاثنين.";
    private static final String BOMB_B = "قتل سبعة أشخاص في انفجار سيارة مفخخة في كركوك اليوم الاثنين.";
    private static final String PROTEST = "تظاهر مئات المواطنين في العاصمة تونس يوم الأربعاء.";

    @Test
    void twoOutletsOfOneBombingAreOneClusterAndTheScoresSaySo() throws Exception {
        Path corpora = dir.resolve("corpora");
        Path gold = dir.resolve("gold");
        Files.createDirectories(gold.resolve("ant/A"));
        Files.createDirectories(gold.resolve("happenings/second"));
        StringBuilder manifest = new StringBuilder("# test manifest\n");
        String[] a = page(corpora, gold, manifest, "One/news/ON-1-20240311.txt", BOMB_A, "انفجار", "ASSAULT",
                "Mon, 11 Mar 2024 10:00:00 +0000", "dev");
        String[] b = page(corpora, gold, manifest, "Two/news/TW-2-20240312.txt", BOMB_B, "انفجار", "ASSAULT",
                "Tue, 12 Mar 2024 10:00:00 +0000", "dev");
        page(corpora, gold, manifest, "Two/news/TW-3-20240320.txt", PROTEST, "تظاهر", "PROTEST",
                "Wed, 20 Mar 2024 10:00:00 +0000", "train");
        Files.writeString(gold.resolve("ant/manifest.tsv"), manifest.toString(), StandardCharsets.UTF_8);
        String happening = "{\"schema\": \"marsad.happenings-standoff/1\", \"corpus\": \"T\", \"coder\": \"%s\", "
                + "\"windows\": [\"W1\"], \"happenings\": [%s]}";
        String bombing = "{\"id\": \"kirkuk\", \"kind\": \"incident\", \"reports\": [" + a[0] + ", " + b[0] + "]}";
        Files.writeString(gold.resolve("happenings/H1.json"), String.format(happening, "H1", bombing));
        Files.writeString(gold.resolve("happenings/second/H2.json"), String.format(happening, "H2", ""));

        CliRun r = CliRun.of("eval", "clusters", "--gold", gold.resolve("happenings/H1.json").toString(),
                "--corpora", corpora.toString(), "--agreement", "--json");
        assertEquals(0, r.code(), r.err() + r.out());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals(3, j.path("articles").asInt());
        JsonNode system = j.path("system");
        assertEquals(3, system.path("reports").asInt());
        assertEquals(2, system.path("gold_clusters").asInt());
        assertEquals(1.0, system.path("b3_precision").asDouble(), r.out());
        assertEquals(1.0, system.path("b3_recall").asDouble(), r.out());
        assertEquals(1, system.path("pairs_both").asInt());
        // the second coder left the bombing's two reports apart: B-cubed precision 1, recall (1/2+1/2+1)/3
        JsonNode agreement = j.path("agreement").get(0);
        assertEquals("H2", agreement.path("coder").asText());
        assertEquals(1.0, agreement.path("b3_precision").asDouble());
        assertEquals(0.6667, agreement.path("b3_recall").asDouble(), 1e-4);
        assertEquals("kirkuk", j.path("shown").get(0).path("id").asText());
        assertEquals(2, j.path("shown").get(0).path("clusters").elements().next().asInt(), "one cluster holds both");

        CliRun dev = CliRun.of("eval", "clusters", "--gold", gold.resolve("happenings/H1.json").toString(),
                "--corpora", corpora.toString(), "--split", "dev");
        assertEquals(0, dev.code(), dev.err());
        assertTrue(dev.out().contains("split dev"), dev.out());
        assertTrue(dev.out().matches("(?s).*system vs H1 +2 +1\\.000 +1\\.000.*"), dev.out());

        // the rules' decision codes the two bombings too; an unknown decider is a clear error
        CliRun rules = CliRun.of("eval", "clusters", "--gold", gold.resolve("happenings/H1.json").toString(),
                "--corpora", corpora.toString(), "--decider", "rules", "--json");
        assertEquals(0, rules.code(), rules.err());
        assertEquals(1, new ObjectMapper().readTree(rules.out()).path("system").path("pairs_both").asInt(),
                rules.out());
        CliRun bad = CliRun.of("eval", "clusters", "--gold", gold.resolve("happenings/H1.json").toString(),
                "--corpora", corpora.toString(), "--decider", "nonsense");
        assertEquals(2, bad.code(), bad.out());
        assertTrue(bad.err().contains("--decider must be rules, all, shipped, trained or a model file"), bad.err());
    }

    @Test
    void aMissingGoldOrABadSplitIsAClearError() {
        CliRun r = CliRun.of("eval", "clusters", "--gold", dir.resolve("none.json").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("none.json"), r.err());
        CliRun s = CliRun.of("eval", "clusters", "--gold", dir.resolve("none.json").toString(), "--split", "all");
        assertEquals(2, s.code());
        assertTrue(s.err().contains("--split"), s.err());
    }

    /** Writes one ANT page and its stand-off gold event; returns the happenings gold's report for it. */
    private static String[] page(Path corpora, Path gold, StringBuilder manifest, String path, String sentence,
                                 String trigger, String type, String time, String split) throws Exception {
        String text = "<DOC>\n<DOCNO>" + path.hashCode() + "</DOCNO>\n<URL>https://example.org/" + path.hashCode()
                + "</URL>\n<SRC>T</SRC>\n<CAT>news</CAT>\n<TITLE>خبر</TITLE>\n<TIME>" + time + "</TIME>\n<AUTHOR></AUTHOR>"
                + "\n<ABSTRACT>\n</ABSTRACT>\n<TEXT>\n" + sentence + "\n</TEXT>\n</DOC>\n";
        Path file = corpora.resolve("T").resolve(path);
        Files.createDirectories(file.getParent());
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Files.write(file, bytes);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        int s = text.indexOf(trigger);
        int e = s + trigger.length();
        int ss = text.indexOf(sentence);
        String name = Path.of(path).getFileName().toString();
        Files.writeString(gold.resolve("ant/A/" + name.replace(".txt", ".json")), "{\"schema\": "
                + "\"marsad.gold-standoff/1\", \"corpus\": \"T\", \"path\": \"" + path + "\", \"sha256\": \"" + sha
                + "\", \"coder\": \"A\", \"published\": null, \"events\": [{\"type\": \"" + type + "\", \"trigger\": ["
                + s + ", " + e + "]}], \"sentences\": [{\"span\": [" + ss + ", " + (ss + sentence.length())
                + "], \"labels\": [\"" + type + ":occurred\"]}]}");
        manifest.append(path).append('\t').append(sha).append("\tT\tW1\tconflict\t").append(split).append("\t0\t0\n");
        return new String[] {"{\"path\": \"" + path + "\", \"sha256\": \"" + sha + "\", \"trigger\": [" + s + ", " + e
                + "], \"type\": \"" + type + "\"}"};
    }
}
