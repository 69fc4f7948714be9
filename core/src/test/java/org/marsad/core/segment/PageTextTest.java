package org.marsad.core.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageTextTest {
    @TempDir
    Path dir;

    @Test
    void bidiControlsAreRemovedAndLoneSurrogatesReplaced() {
        String clean = "قال\u200f الوزير \u202bإن\u202c الجسر \u2067جاهز\u2069 😀";
        PageText t = PageText.clean(clean + "\uD800x\uDC00");
        assertEquals("قال الوزير إن الجسر جاهز 😀\uFFFDx\uFFFD", t.text());
        assertEquals(5, t.bidi());
        assertEquals(2, t.surrogates());
        String plain = "نص عادي 😀 بلا شيء";
        assertSame(plain, PageText.clean(plain).text());
    }

    /** Before: the bidi controls stayed in the page text; a lone surrogate was stored as "?" without a word. */
    @Test
    void theReaderCleansEveryPageAndReportsSurrogates() throws IOException {
        Path f = dir.resolve("p.jsonl");
        Files.writeString(f, "{\"text\": \"افتتح\\u200f الوزير الجسر \\ud800 اليوم.\"}\n", StandardCharsets.UTF_8);
        Collect c = new Collect();
        new PageReader().read(f, c);
        assertEquals("افتتح الوزير الجسر \uFFFD اليوم.", c.pages.get(0).text());
        assertEquals(1, c.problems.size());
        assertTrue(c.problems.get(0).reason().contains("lone surrogates replaced"), c.problems.toString());
    }

    /** Before: a headline stretched by 300 tatweels was 220 chars long, so body text. */
    @Test
    void aTatweelFloodDoesNotMakeAHeadlineABodyLine() {
        LineClassifier classifier = new LineClassifier(PageCues.standard());
        String headline = "افتتـ" + "ـ".repeat(300) + "ـاح الجسر الجديد فوق النهر";
        assertEquals(LineKind.TITLE, classifier.kindOf(Line.of(headline).get(0)));
        assertEquals(LineKind.TITLE, classifier.kindOf(Line.of("افتتاح الجسر الجديد فوق النهر").get(0)));
    }
}
