package org.marsad.eval.sentences;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.core.pipeline.Pipeline;
import org.marsad.eval.articles.PageCoder;
import org.marsad.model.Event;
import org.marsad.model.EventStatus;
import org.marsad.model.EventType;
import org.marsad.model.Mention;
import org.marsad.model.Span;
import org.marsad.model.Trigger;

/** Sentence scores: an event counts in the sentence of its trigger and of each merged mention. */
class SentenceEvaluationTest {
    @TempDir
    Path tmp;

    @Test
    void mentionsCountInTheirOwnSentences() {
        Event e = new Event("e", "d", 0, EventType.ASSAULT, null, null, null, null, EventStatus.OCCURRED, null, null,
                new Trigger("x", 5, 6), null, null, null, new Span(0, 10), null, "r", 1,
                List.of(new Mention(new Span(20, 30), new Trigger("y", 25, 26))));
        assertEquals(Set.of(EventType.ASSAULT), SentenceEvaluation.typesIn(List.of(e), 0, 10));
        assertEquals(Set.of(EventType.ASSAULT), SentenceEvaluation.typesIn(List.of(e), 20, 30));
        assertEquals(Set.of(), SentenceEvaluation.typesIn(List.of(e), 10, 20));
    }

    @Test
    void aStrikeSentenceIsFoundAndABackgroundSentenceStaysQuiet() throws Exception {
        String doc = "<DOC>\n<TITLE>أخبار</TITLE>\n<TIME>Sat, 14 Apr 2018 10:00:00 GMT</TIME>\n<TEXT>\n"
                + "قصفت طائرات حربية بلدة قرب حمص أمس وقتلت خمسة مدنيين.\nوتتواصل الحياة في المدينة كالمعتاد.\n</TEXT>\n</DOC>\n";
        Path f = tmp.resolve("corpora/ANT/O/TOY-1-20180414.txt");
        Files.createDirectories(f.getParent());
        Files.writeString(f, doc, StandardCharsets.UTF_8);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
        int s1 = doc.indexOf("قصفت");
        int e1 = doc.indexOf("مدنيين.") + 7;
        int s2 = doc.indexOf("وتتواصل");
        int e2 = doc.indexOf("كالمعتاد.") + 9;
        Path gold = tmp.resolve("gold/S1");
        Files.createDirectories(gold);
        Files.writeString(gold.resolve("TOY-1-20180414.json"), "{\"schema\": \"marsad.gold-standoff/1\", \"corpus\": \"ANT\","
                + " \"path\": \"O/TOY-1-20180414.txt\", \"sha256\": \"" + sha + "\", \"published\": \"2018-04-14\",\n"
                + " \"events\": [],\n \"sentences\": [{\"span\": [" + s1 + ", " + e1 + "], \"labels\": [\"ASSAULT:occurred\"]},"
                + " {\"span\": [" + s2 + ", " + e2 + "], \"labels\": [\"ASSAULT:background\"]}]}\n");
        SentenceEvaluation.Report r = new SentenceEvaluation(PageCoder.of(Pipeline.standard()), tmp.resolve("corpora"))
                .run(List.of(tmp.resolve("gold")), null);
        assertEquals(2, r.sentences());
        assertEquals(1, r.counts().get(EventType.ASSAULT)[0], "the strike sentence is a true positive");
        assertEquals(1, r.backgroundOnly());
        assertEquals(1, r.backgroundQuiet());
    }
}
