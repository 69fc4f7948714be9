package org.marsad.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.marsad.core.segment.SentenceSplitter;
import org.marsad.model.Span;

/** Odd and hostile text never throws, and every offset stays inside the text and in order. */
class HostileInputTest {
    private static final int FIVE_MB = 5 * 1024 * 1024;
    private static final int ONE_MB = 1024 * 1024;
    private final ArabicNormalizer normalizer = new ArabicNormalizer();
    private final Tokenizer tokenizer = new Tokenizer(normalizer);
    private final SentenceSplitter splitter = new SentenceSplitter();

    private void survives(String text) {
        AlignedText a = normalizer.align(text);
        assertEquals(a.normalized(), normalizer.normalize(text));
        int last = 0;
        for (int i = 0; i < a.normalized().length(); i++) {
            assertTrue(a.originalStart(i) >= last && a.originalEnd(i) <= text.length());
            last = a.originalStart(i);
        }
        int previousEnd = 0;
        for (Span s : splitter.split(text, 0, text.length())) {
            assertTrue(s.start() >= previousEnd && s.end() <= text.length() && s.length() > 0);
            previousEnd = s.end();
        }
        previousEnd = 0;
        for (Token t : tokenizer.tokenize(text, 0, text.length())) {
            assertTrue(t.start() >= previousEnd && t.end() <= text.length() && t.span().length() > 0);
            assertEquals(t.surface(), t.span().of(text));
            assertTrue(!t.forms().isEmpty() && t.forms().get(0).equals(t.norm()));
            previousEnd = t.end();
        }
    }

    @Test
    void emptyText() {
        survives("");
        assertEquals(List.of(), splitter.split("", 0, 0));
        assertEquals(List.of(), tokenizer.tokenize("", 0, 0));
    }

    @Test
    void fiveMegabytesOfOneLineWithoutSpaces() {
        String text = "قتلالجيش".repeat(FIVE_MB / 8);
        survives(text);
        assertEquals(1, tokenizer.tokenize(text, 0, text.length()).size());
    }

    @Test
    void aMegabyteOfMarksOpenersOrDots() {
        survives("\u064E".repeat(ONE_MB));
        survives("a" + "\u0301\u0327".repeat(ONE_MB / 2));
        survives("«(".repeat(ONE_MB / 2) + ".»");
        survives("\"".repeat(ONE_MB));
        survives(".".repeat(ONE_MB));
        survives("1.".repeat(ONE_MB / 2));
    }

    @Test
    void mixedScripts() {
        survives("قال NATO 北京 Москва שלום 😀 ١٢٣ F16 é ǅ ﬁ ＡＢＣ ① ۱۲ ﻻ ﷲ ﷺ.");
    }

    @Test
    void loneSurrogates() {
        survives("\uD800");
        survives("\uDC00");
        survives("قال\uD800 الجيش\uDC00. \uDBFF\uDBFF\uDFFF");
        survives("\uD83D\u064E\uDE00"); // a mark between the halves of a pair
    }

    @Test
    void presentationForms() {
        StringBuilder b = new StringBuilder();
        for (char c = '\uFB50'; c <= '\uFDFF'; c++) {
            b.append(c);
        }
        for (char c = '\uFE70'; c <= '\uFEFF'; c++) {
            b.append(c).append(' ');
        }
        survives(b.toString());
    }

    @Test
    void randomGarbageWithControlChars() {
        Random random = new Random(1234);
        for (int n = 0; n < 500; n++) {
            survives(RandomText.string(random, random.nextInt(200)));
            char[] raw = new char[random.nextInt(300)];
            for (int i = 0; i < raw.length; i++) {
                raw[i] = (char) random.nextInt(0x10000);
            }
            survives(new String(raw));
        }
    }

    @Test
    void badRangesAreRejected() {
        String text = "قال";
        assertThrows(IndexOutOfBoundsException.class,
                () -> tokenizer.tokenize(text, 2, 5));
        assertThrows(IndexOutOfBoundsException.class,
                () -> splitter.split(text, 2, 1));
    }
}
