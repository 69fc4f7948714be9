package org.marsad.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.core.decide.CandidateFeatures;
import org.marsad.core.pipeline.Pipeline;

/** Article examples: a candidate is positive when it reports a coded event (type and actor match), repeats too. */
class AntExamplesTest {
    private static final String DOC = "<DOC>\n<TITLE>قصف على بلدة حمص</TITLE>\n<TIME>Sat, 14 Apr 2018 10:00:00 GMT</TIME>\n"
            + "<TEXT>\nقصفت طائرات حربية سورية بلدة قرب حمص أمس وقتلت خمسة مدنيين.\n"
            + "وقصفت الطائرات البلدة مرة أخرى أمس.\n</TEXT>\n</DOC>\n";

    @TempDir
    Path tmp;

    @Test
    void aCandidateReportingACodedEventIsPositiveAndSoIsItsRepeat() throws Exception {
        int t = DOC.indexOf("قصفت", DOC.indexOf("<TEXT>"));
        List<Example> ex = examples("ASSAULT", t);
        assertTrue(ex.size() >= 2, "both strikes are candidates: " + ex.size());
        // the second strike tells the same happening again: a reported event (the article merge folds it in)
        assertEquals(ex.size(), ex.stream().filter(Example::positive).count(), "every strike reports the coded one");
        assertTrue(ex.stream().allMatch(e -> e.document().equals("ant:O/TOY-1-20180414.txt")));
    }

    @Test
    void aCandidateOfAnotherTypeThanTheCodedEventIsNegative() throws Exception {
        int t = DOC.indexOf("قصفت", DOC.indexOf("<TEXT>"));
        List<Example> ex = examples("CONSULT", t);
        assertTrue(ex.size() >= 2);
        assertEquals(0, ex.stream().filter(Example::positive).count());
    }

    /** The toy page's examples against one coded event of {@code type} at trigger offset {@code t}. */
    private List<Example> examples(String type, int t) throws Exception {
        Path f = tmp.resolve("corpora/ANT/O/TOY-1-20180414.txt");
        Files.createDirectories(f.getParent());
        Files.writeString(f, DOC, StandardCharsets.UTF_8);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
        Path gold = tmp.resolve("gold/A");
        Files.createDirectories(gold);
        Files.writeString(gold.resolve("TOY-1-20180414.json"), "{\"schema\": \"marsad.gold-standoff/1\", \"corpus\": \"ANT\","
                + " \"path\": \"O/TOY-1-20180414.txt\", \"sha256\": \"" + sha + "\", \"published\": \"2018-04-14\",\n"
                + " \"events\": [{\"type\": \"" + type + "\", \"status\": \"occurred\", \"actor\": null, \"recipient\": null,"
                + " \"date\": \"2018-04-13\", \"trigger\": [" + t + ", " + (t + 4) + "], \"place\": null, \"dead\": 5,"
                + " \"optional\": false}],\n \"sentences\": []}\n");
        AntExamples ant = new AntExamples(new Candidates(Pipeline.standard(), new CandidateFeatures(16)),
                tmp.resolve("corpora"));
        List<String> problems = new ArrayList<>();
        List<Example> ex = ant.of(tmp.resolve("gold"), null, problems);
        assertEquals(List.of(), problems);
        assertEquals(1, ant.articles());
        return ex;
    }
}
