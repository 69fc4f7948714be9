package org.marsad.core.pipeline;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.marsad.model.Span;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.marsad.core.segment.Page;
import org.marsad.core.segment.PageFormat;
import org.marsad.core.segment.PageMeta;
import org.marsad.model.Event;

/** Whatever the page holds, the pipeline returns (possibly no) events with offsets inside the page. */
class HostileInputTest {
    private static final Pipeline PIPELINE = Pipeline.standard();

    static Stream<Arguments> pages() {
        Random r = new Random(42);
        StringBuilder binary = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            binary.append((char) r.nextInt(0x10000));
        }
        String oneLine = "قصفت القوات مواقع في المدينة، ".repeat(180_000); // ~5 MB, no line break
        return Stream.of(
                Arguments.of("empty", ""),
                Arguments.of("only whitespace", " \n\n\t \r\n"),
                Arguments.of("random UTF-16 incl. lone surrogates", binary.toString()),
                Arguments.of("lone surrogates in a sentence", "قصفت \uD800 القوات \uDC00 القرية."),
                Arguments.of("mixed scripts", "قصفت القوات 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 Русский 中文 القرية 😀 أمس."),
                Arguments.of("presentation forms", "ﻗﺼﻔﺖ ﺍﻟﻘﻮﺍﺕ ﺍﻟﺘﺮﻛﻴﺔ ﻗﺮﻳﺔ ﻻ ﷲ."),
                Arguments.of("only punctuation", "«»،؛؟!...---((()))\n«««"),
                Arguments.of("5 MB of one line", oneLine),
                Arguments.of("deep quotes", "«".repeat(10_000) + "قصف" + "»".repeat(10_000)));
    }

    @org.junit.jupiter.api.Test
    void aRunOnSentenceIsCutAtSpacesIntoBoundedPieces() {
        String text = "كلمة ".repeat(1000);
        List<Span> pieces = Pipeline.bounded(text, new Span(0, text.length()));
        assertTrue(pieces.size() >= 4);
        int at = 0;
        for (Span p : pieces) {
            assertEquals(at, p.start(), "no gaps between pieces");
            assertTrue(p.length() <= Pipeline.MAX_SENTENCE_CHARS);
            at = p.end();
        }
        assertEquals(text.length(), at);
        assertEquals(List.of(new Span(3, 20)), Pipeline.bounded(text, new Span(3, 20)), "a normal sentence is kept whole");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void neverThrowsAndKeepsOffsetsInsideThePage(String name, String text) {
        Page page = Page.of(name, PageFormat.SCRAPED_TEXT, text, new PageMeta(null, null, LocalDate.of(2024, 1, 1), null));
        PageResult result = assertDoesNotThrow(() -> PIPELINE.process(page));
        for (Event e : result.events()) {
            assertTrue(e.trigger().end() <= text.length() && e.sentence().end() <= text.length());
            assertTrue(text.substring(e.trigger().start(), e.trigger().end()).equals(e.trigger().text()));
        }
    }
}
