package org.marsad.eval.articles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stand-off gold: spans become text from the corpus file, the SHA-256 is checked, splits come from the manifest. */
class StandoffGoldTest {
    private static final String DOC = "<DOC>\n<TITLE>اشتباكات في بلدة الوادي</TITLE>\n<TIME>Sat, 14 Apr 2018 10:00:00 GMT</TIME>\n"
            + "<TEXT>\nقتل ثلاثة مسلحين في اشتباكات مع الشرطة قرب بلدة الوادي صباح اليوم.\n</TEXT>\n</DOC>\n";

    @TempDir
    Path tmp;

    private Path corpusFile() throws Exception {
        Path f = tmp.resolve("corpora/TOY/Outlet/TOY-1-20180414.txt");
        Files.createDirectories(f.getParent());
        Files.writeString(f, DOC, StandardCharsets.UTF_8);
        return f;
    }

    private static int[] at(String word) {
        int s = DOC.indexOf(word, DOC.indexOf("<TEXT>"));
        return new int[] {s, s + word.length()};
    }

    private Path standoff(Path dir, String sha) throws Exception {
        int[] t = at("اشتباكات");
        int[] p = at("الوادي");
        Files.createDirectories(dir);
        Path g = dir.resolve("TOY-1-20180414.json");
        Files.writeString(g, "{\"schema\": \"marsad.gold-standoff/1\", \"corpus\": \"TOY\", \"path\": \"Outlet/TOY-1-20180414.txt\","
                + " \"sha256\": \"" + sha + "\", \"coder\": \"T\", \"published\": \"2018-04-14\",\n \"events\": [{\"type\": \"ASSAULT\","
                + " \"status\": \"occurred\", \"actor\": \"XYZREB\", \"recipient\": \"XYZCOP\", \"symmetric\": true, \"date\": \"2018-04-14\","
                + " \"trigger\": [" + t[0] + ", " + t[1] + "], \"place\": [" + p[0] + ", " + p[1] + "], \"lat\": null, \"lon\": null,"
                + " \"dead\": 3, \"optional\": false, \"alt_place\": [null], \"mentions\": [[" + t[0] + ", " + t[1] + "]]}],\n"
                + " \"sentences\": [{\"span\": [" + t[0] + ", " + p[1] + "], \"labels\": [\"ASSAULT:occurred\"]}]}\n");
        return g;
    }

    @Test
    void spansBecomeTextOfTheCorpusFile() throws Exception {
        Path f = corpusFile();
        Path g = standoff(tmp.resolve("gold/A"), StandoffGold.sha256(Files.readAllBytes(f)));
        assertTrue(StandoffGold.isStandoff(g));
        StandoffGold.Entry e = new StandoffGold(tmp.resolve("corpora")).read(g);
        GoldEvent ev = e.gold().articles().get(0).events().get(0);
        assertEquals("اشتباكات", ev.trigger());
        assertEquals("الوادي", ev.place().primary().name());
        assertEquals(3, ev.dead().primary());
        assertTrue(ev.symmetric());
        assertTrue(ev.place().allowsEmpty());
        assertNull(e.gold().articles().get(0).headline());
        assertEquals("2018-04-14", e.gold().articles().get(0).published().toString());
        assertEquals(f.toAbsolutePath(), e.pageFile().toAbsolutePath());
    }

    @Test
    void aChangedCorpusFileIsRefused() throws Exception {
        corpusFile();
        Path g = standoff(tmp.resolve("gold/A"), "0".repeat(64));
        GoldFormatException x = assertThrows(GoldFormatException.class,
                () -> new StandoffGold(tmp.resolve("corpora")).read(g));
        assertTrue(x.getMessage().contains("SHA-256"), x.getMessage());
    }

    @Test
    void aSpanOutsideTheFileIsRefused() throws Exception {
        Path f = corpusFile();
        Path g = standoff(tmp.resolve("gold/A"), StandoffGold.sha256(Files.readAllBytes(f)));
        Files.writeString(g, Files.readString(g).replaceFirst("\"place\": \\[\\d+", "\"place\": [99999"));
        assertThrows(GoldFormatException.class, () -> new StandoffGold(tmp.resolve("corpora")).read(g));
    }

    @Test
    void splitsComeFromTheManifestAndTheSecondCoderIsLeftOut() throws Exception {
        Path f = corpusFile();
        String sha = StandoffGold.sha256(Files.readAllBytes(f));
        standoff(tmp.resolve("gold/A"), sha);
        standoff(tmp.resolve("gold/second"), sha);
        Files.writeString(tmp.resolve("gold/manifest.tsv"), "# columns: path\tsha256\toutlet\twindow\tkind\tsplit\tsecond\tqueue\nOutlet/TOY-1-20180414.txt\t" + sha
                + "\tOutlet\tW1\tconflict\tdev\t1\t0\n");
        StandoffSet set = new StandoffSet(tmp.resolve("gold"));
        assertEquals(1, set.files("dev").size());
        assertEquals(List.of(), set.files("test"));
        assertFalse(set.files(null).get(0).toString().contains("second"));
        assertEquals(1, new StandoffSet(tmp.resolve("gold/second")).files("dev").size());
    }

    @Test
    void theWidePartIsASplitOfItsOwnAndAnUnknownSplitIsRefusedByName() throws Exception {
        Path f = corpusFile();
        String sha = StandoffGold.sha256(Files.readAllBytes(f));
        standoff(tmp.resolve("gold/C"), sha);
        Files.writeString(tmp.resolve("gold/manifest.tsv"), "# columns: path\tsha256\toutlet\twindow\tkind\tsplit\tsecond\tqueue\nOutlet/TOY-1-20180414.txt\t" + sha
                + "\tOutlet\tX1\tconflict\twide\t0\t250\n");
        StandoffSet set = new StandoffSet(tmp.resolve("gold"));
        assertEquals(1, set.files(StandoffSet.requireSplit("wide")).size());
        assertEquals(List.of(), set.files("train"));
        assertNull(StandoffSet.requireSplit(null));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StandoffSet.requireSplit("all"));
        assertTrue(e.getMessage().contains("train, dev, test, wide") && e.getMessage().contains("all"), e.getMessage());
    }
}
