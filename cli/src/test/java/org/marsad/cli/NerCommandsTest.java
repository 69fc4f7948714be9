package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code marsad train ner} and {@code marsad eval ner --tagger ...} on a small corpus written for this test. */
class NerCommandsTest {
    private static final String[] PEOPLE = {"سمير", "كريم", "هاني", "نبيل", "وليد", "رامي", "فادي", "جمال"};
    private static final String[] PLACES = {"طرابلس", "صيدا", "حمص", "إربد", "سوسة", "وهران", "تعز", "الموصل"};

    static Path corpus(Path dir) throws Exception {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            b.append("قال O\n").append(PEOPLE[i % 8]).append(" B-PERS\nفي O\n").append(PLACES[(i * 3) % 8])
                    .append(" B-LOC\nأمس O\n. O\n\n");
        }
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("own.txt"), b.toString());
        return dir;
    }

    @Test
    void trainWritesAModelAndACardWithOutOfFoldScores(@TempDir Path tmp) throws Exception {
        Path data = corpus(tmp.resolve("data"));
        Path model = tmp.resolve("m/name.bin");
        CliRun r = CliRun.of("train", "ner", "--ner", data.toString(), "-o", model.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.size(model) > 100);
        String card = Files.readString(tmp.resolve("m/name.card.md"));
        assertTrue(card.contains("SHA-256"), card);
        assertTrue(card.contains("Out of fold"), card);
        assertTrue(r.out().contains("PERS"), r.out());
    }

    @Test
    void evalScoresOutOfFoldTheRulesOrTheShippedModel(@TempDir Path tmp) throws Exception {
        Path data = corpus(tmp.resolve("data"));
        CliRun oof = CliRun.of("eval", "ner", data.toString(), "--tagger", "oof", "--json");
        assertEquals(0, oof.code(), oof.err());
        assertTrue(oof.err().contains("out of fold"), oof.err());
        assertTrue(oof.out().contains("\"PERS\": {\"precision\": 1.0000, \"recall\": 1.0000"), oof.out());
        CliRun rules = CliRun.of("eval", "ner", data.toString(), "--tagger", "rules");
        assertEquals(0, rules.code(), rules.err());
        assertTrue(rules.err().contains("tagger rules"), rules.err());
        CliRun shipped = CliRun.of("eval", "ner", data.toString());
        assertEquals(0, shipped.code(), shipped.err());
        assertTrue(shipped.err().contains("tagger trained"), "not trained on this file: " + shipped.err());
        CliRun bad = CliRun.of("eval", "ner", data.toString(), "--tagger", "crf");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("--tagger must be rules, trained or oof"), bad.err());
    }

    @Test
    void unknownModelAndMissingDataAreClearErrors(@TempDir Path tmp) {
        CliRun r = CliRun.of("train", "ner", "--ner", tmp.resolve("absent").toString(), "-o", tmp.resolve("x.bin").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("does not exist"), r.err());
        CliRun u = CliRun.of("train", "crf");
        assertEquals(2, u.code());
        assertTrue(u.err().contains("known: events, actors, recipients, places, happenings, ner"), u.err());
    }
}
