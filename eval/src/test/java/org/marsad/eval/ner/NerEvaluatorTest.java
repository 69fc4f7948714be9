package org.marsad.eval.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NerEvaluatorTest {
    private static final String SAMPLE = String.join("\n",
            "زار B-PERS", "سامي I-PERS", "حلب B-LOC", "مع O", "وفد O", "من O", "منظمة B-ORG", "الصحة I-ORG", ". O",
            "", "قال O", "كريم B-PER", "إن O", "الطقس B-MISC", "حار O", "");

    @Test
    void tagsAreReducedToThreeTypesAndSentencesSplit() {
        List<NerCorpus.Sentence> s = NerCorpus.parse(SAMPLE.lines().toList());
        assertEquals(2, s.size());
        assertEquals("PERS", s.get(0).gold().get(0));
        assertEquals("LOC", s.get(0).gold().get(2));
        assertEquals("ORG", s.get(0).gold().get(7));
        assertEquals("PERS", s.get(1).gold().get(1));
        assertNull(s.get(1).gold().get(3)); // MISC counts as no entity
    }

    @Test
    void tokenLevelCountsIgnoreBoundariesAndTypesAreSeparate(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), SAMPLE, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("SOURCE.md"), "not data", StandardCharsets.UTF_8);
        // a fake tagger: the second word of each sentence is PERS, the third LOC
        NerEvaluator ev = new NerEvaluator(doc -> {
            List<List<String>> out = new ArrayList<>();
            for (List<String> words : doc) {
                List<String> t = new ArrayList<>();
                for (int i = 0; i < words.size(); i++) {
                    t.add(i == 1 ? "PERS" : i == 2 ? "LOC" : null);
                }
                out.add(t);
            }
            return out;
        });
        NerReport r = ev.evaluate(dir);
        assertEquals(14, r.tokens());
        // PERS gold: زار سامي كريم; system: سامي كريم → tp 2, fp 0, fn 1
        assertEquals(2, r.scores().get("PERS").tp());
        assertEquals(0, r.scores().get("PERS").fp());
        assertEquals(1, r.scores().get("PERS").fn());
        // LOC gold: حلب; system: حلب إن → tp 1 fp 1
        assertEquals(1, r.scores().get("LOC").tp());
        assertEquals(1, r.scores().get("LOC").fp());
        assertEquals(2, r.scores().get("ORG").fn());
        String json = r.toJson();
        assertEquals(true, json.startsWith("{\"PERS\": {\"precision\": 1.0000, \"recall\": 0.6667, \"f1\": 0.8000"));
    }
}
