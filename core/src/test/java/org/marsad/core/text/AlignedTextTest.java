package org.marsad.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.marsad.model.Span;

/** Exact offsets of normalised spans in the original; each case says why the answer is what it is. */
class AlignedTextTest {
    private final ArabicNormalizer normalizer = new ArabicNormalizer();

    @Test
    void tatweelAndDiacriticsStayInsideTheWordSpan() {
        // ق ـ َ ت َ ل َ : the tatweel+fatha drop, each letter keeps its own trailing fatha
        AlignedText a = normalizer.align("قـَتَلَ");
        assertEquals("قتل", a.normalized());
        assertEquals(new Span(0, 7), a.toOriginal(0, 3)); // the whole word, final fatha included
        assertEquals(new Span(3, 5), a.toOriginal(1, 2)); // "ت" is [3,5) with its fatha, NOT [1,5) with the tatweel
        assertEquals(new Span(0, 1), a.toOriginal(0, 1)); // "ق" has no mark of its own
    }

    @Test
    void lamAlefLigatureMapsTwoCharsToOne() {
        // "ﻻ" (U+FEFB) becomes "لا": both normalised chars come from original [0,1)
        AlignedText a = normalizer.align("ﻻ بد");
        assertEquals("لا بد", a.normalized());
        assertEquals(new Span(0, 1), a.toOriginal(0, 1));
        assertEquals(new Span(0, 1), a.toOriginal(1, 2)); // the alef is the same original char, NOT [1,2)
        assertEquals(new Span(2, 4), a.toOriginal(3, 5)); // "بد" after the ligature is not shifted
    }

    @Test
    void allahLigatureMapsFourCharsToOne() {
        AlignedText a = normalizer.align("بسم ﷲ");
        assertEquals("بسم الله", a.normalized());
        assertEquals(new Span(4, 5), a.toOriginal(4, 8)); // four normalised chars, one original char
    }

    @Test
    void surrogatePairStaysWhole() {
        // the emoji is two UTF-16 units and NFKC-stable: it is kept, and the word after it starts at 3
        AlignedText a = normalizer.align("😀 قال");
        assertEquals("😀 قال", a.normalized());
        assertEquals(new Span(0, 2), a.toOriginal(0, 2));
        assertEquals(new Span(3, 6), a.toOriginal(3, 6));
    }

    @Test
    void supplementaryLetterFoldsToOneChar() {
        // mathematical bold A (U+1D400) is two units; NFKC makes it "A", one char standing for both units
        AlignedText a = normalizer.align("\uD835\uDC00B");
        assertEquals("AB", a.normalized());
        assertEquals(new Span(0, 2), a.toOriginal(0, 1));
        assertEquals(new Span(2, 3), a.toOriginal(1, 2));
    }

    @Test
    void droppedBidiMarkIsOutsideTheWord() {
        // RLM before the word is dropped: the word maps to [1,6), NOT [0,6)
        AlignedText a = normalizer.align("\u200Fالجيش");
        assertEquals(new Span(1, 6), a.toOriginal(0, 5));
    }

    @Test
    void emptySpanMapsToAPoint() {
        AlignedText a = normalizer.align("أ ب");
        assertEquals(new Span(2, 2), a.toOriginal(2, 2));
        assertEquals(new Span(3, 3), a.toOriginal(3, 3)); // at the end: after the last char
    }

    @Test
    void fromOriginalIsTheInverseForWholeGraphemes() {
        // "قَال" then a space then "ﻻ": original [5,6) is the ligature, i.e. normalised [4,6)
        AlignedText a = normalizer.align("قَال ﻻ");
        assertEquals("قال لا", a.normalized());
        assertEquals(new Span(4, 6), a.fromOriginal(5, 6));
        assertEquals(new Span(0, 3), a.fromOriginal(0, 4));
        assertEquals(new Span(1, 1), a.fromOriginal(1, 2)); // the fatha alone stands for no whole normalised char
    }

    @Test
    void outOfRangeSpansAreRejected() {
        AlignedText a = normalizer.align("قال");
        assertThrows(IndexOutOfBoundsException.class, () -> a.toOriginal(2, 4));
        assertThrows(IndexOutOfBoundsException.class, () -> a.toOriginal(2, 1));
        assertThrows(IllegalArgumentException.class,
                () -> new AlignedText("ab", "ab", new int[] {1, 0}, new int[] {2, 1}));
    }

    @Test
    void randomSpansMapInsideTheOriginalAndInOrder() {
        Random random = new Random(42);
        for (int n = 0; n < 1500; n++) {
            String s = RandomText.string(random, random.nextInt(30));
            AlignedText a = normalizer.align(s);
            String why = RandomText.escape(s);
            int len = a.normalized().length();
            for (int i = 0; i <= len; i++) {
                for (int j = i; j <= len; j++) {
                    Span o = a.toOriginal(i, j);
                    assertTrue(o.end() <= s.length(), why);
                    if (j < len) {
                        Span longer = a.toOriginal(i, j + 1);
                        assertTrue(longer.start() == o.start() || i == j, why);
                        assertTrue(longer.end() >= o.end(), why);
                    }
                    if (i > 0 && i < j) {
                        assertTrue(a.toOriginal(i - 1, j).start() <= o.start(), why);
                    }
                }
            }
        }
    }

    @Test
    void eachOriginalRangeNormalisesToItsOwnChars() {
        // the normaliser works per grapheme, so the chars that share one original range are exactly what that
        // range normalises to on its own
        Random random = new Random(99);
        for (int n = 0; n < 1500; n++) {
            String s = RandomText.string(random, random.nextInt(30));
            AlignedText a = normalizer.align(s);
            String why = RandomText.escape(s);
            int i = 0;
            while (i < a.normalized().length()) {
                int j = i + 1;
                while (j < a.normalized().length() && a.toOriginal(j, j + 1).equals(a.toOriginal(i, i + 1))) {
                    j++;
                }
                Span o = a.toOriginal(i, i + 1);
                assertEquals(normalizer.normalize(o.of(s)), a.normalized().substring(i, j), why);
                i = j;
            }
        }
    }
}
