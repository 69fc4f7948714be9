package org.marsad.core.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** A line's keys are computed lazily and a long line is typed from the start of its cue key: same answers. */
class LineTest {
    /** Pieces of lines: cue phrases, words, digits, punctuation, and chars that normalising changes or drops. */
    private static final String[] PIECES = {
        "شارك", "هذا المقال", "اقرأ أيضاً", "التعليق على الصورة", "صورة", "بقلم", "تابعونا على", "TT", "المزيد من",
        "مقالات ذات صلة", "الجيش", "قصفَ", "المدينةَ", "ـــ", "ﻻ", "ﷲ", "١٢", "2024", "نوفمبر", "الأحد", ":", "-", "–", "،",
        ".", "؟", "(", ")", "«", "»", "(أ.ف.ب)", "\u200f", "\u064b\u064b", "ΟΔΟΣ", "İstanbul", "Ａ", "\uD83D\uDE00",
        "\uD800", "x", " ", "  ", "\u00a0", "a'b", "وقال الوزير إن المحادثات ستستمر الأسبوع المقبل في العاصمة",
    };

    private static String randomLine(Random r) {
        StringBuilder sb = new StringBuilder();
        int n = 1 + r.nextInt(r.nextBoolean() ? 8 : 90);
        for (int i = 0; i < n; i++) {
            sb.append(PIECES[r.nextInt(PIECES.length)]);
            if (r.nextInt(5) > 0) {
                sb.append(' ');
            }
        }
        return sb.toString();
    }

    private static boolean unicodeSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\u200E' || c == '\u200F'
                || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069' || c == '\uFEFF';
    }

    @Test
    void theTabledCharTestsAgreeWithTheUnicodeDefinitionsForEveryChar() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            assertEquals(unicodeSpace((char) c), Line.isSpace((char) c), "U+" + Integer.toHexString(c));
            assertEquals(Character.isLetterOrDigit((char) c), Line.isLetterOrDigit((char) c), "U+" + Integer.toHexString(c));
        }
    }

    @Test
    void theCueStartIsAPrefixOfTheCueEndingAtAWordThatAnswersEveryLookUpAsTheWholeCue() {
        PageCues cues = PageCues.standard();
        Random r = new Random(7L);
        int shortened = 0;
        for (int round = 0; round < 3000; round++) {
            String text = randomLine(r);
            String whole = PageCues.key(text);
            String start = cues.keyStart(text);
            assertTrue(whole.startsWith(start), text);
            if (start.equals(whole)) {
                continue;
            }
            shortened++;
            assertEquals(' ', whole.charAt(start.length()), text);
            assertFalse(start.isEmpty(), text);
            for (String kind : new String[] {"chrome", "related", "read-also", "byline-start", "caption-start"}) {
                assertEquals(cues.is(kind, whole), cues.is(kind, start), kind + ": " + text);
                assertEquals(cues.prefix(kind, whole), cues.prefix(kind, start), kind + ": " + text);
            }
        }
        assertTrue(shortened > 1000, "most lines are looked up by their start");
    }

    @Test
    void aLineIsJudgedTheSameFromItsLookUpKeyAsFromItsWholeCue() {
        LineClassifier classifier = new LineClassifier(PageCues.standard());
        Random r = new Random(11L);
        for (int round = 0; round < 3000; round++) {
            String text = randomLine(r).strip();
            if (text.isEmpty() || Line.of(text).size() != 1) {
                continue;
            }
            Line lazy = Line.of(text).get(0);
            String key = PageCues.key(text);
            assertEquals(key.isEmpty(), classifier.lookupKey(lazy).isEmpty(), text);
            assertEquals(classifier.isChrome(key, lazy), classifier.isChrome(classifier.lookupKey(lazy), lazy), text);
            assertEquals(classifier.isByline(lazy, key), classifier.isByline(lazy, classifier.lookupKey(lazy)), text);
        }
    }

    @Test
    void theLongestCueStartingTheLineAsWholeWordsIsFound() {
        PageCues cues = PageCues.standard();
        assertEquals(PageCues.key("شارك هذا المقال"), cues.prefix("chrome", PageCues.key("شارك هذا المقال مع أصدقائك")));
        assertEquals(PageCues.key("شارك"), cues.prefix("chrome", PageCues.key("شارك")));
        // a cue that is only the start of the first word does not count
        assertNull(cues.prefix("chrome", PageCues.key("شاركت الوفود في المؤتمر")));
        String longLine = "اقرأ أيضاً: الحكومة تعلن خطة جديدة لإعادة إعمار الأحياء المتضررة من الفيضانات في الجنوب";
        assertEquals(PageCues.key("اقرأ أيضاً"), cues.prefix("read-also", cues.keyStart(longLine)));
    }

    @Test
    void theWordsOfEachLineAreCountedAsInItsTextAlone() {
        Random r = new Random(3L);
        for (int round = 0; round < 500; round++) {
            StringBuilder page = new StringBuilder();
            for (int k = r.nextInt(6); k >= 0; k--) {
                page.append(randomLine(r)).append(new String[] {"\n", "\r\n", "\n\n", "\u2028", "\r"}[r.nextInt(5)]);
            }
            for (Line line : Line.of(page.toString())) {
                assertEquals(Line.countWords(line.text()), line.words(), line.text());
                assertEquals(line.span().of(page.toString()), line.text());
            }
        }
    }

    @Test
    void keysAreComputedOnFirstUseAndKept() {
        Line line = Line.of("  الوفد   وصل\u00a0إلى العاصمة  ").get(0);
        assertEquals("الوفد وصل إلى العاصمة", line.key());
        assertTrue(line.key() == line.key(), "the folded key is kept");
        assertEquals(PageCues.key("الوفد وصل إلى العاصمة"), line.cue());
    }

    @Test
    void aKeyLookedUpOnceAnswersEveryPhraseTestAsTheCueLists() {
        PageCues cues = PageCues.standard();
        Random r = new Random(13L);
        for (int round = 0; round < 3000; round++) {
            String text = randomLine(r);
            String pad = "«»\n";
            String page = pad + text + pad; // a line read from inside its page
            PageCues.CueKey start = cues.lookStart(page, pad.length(), pad.length() + text.length());
            assertEquals(cues.keyStart(text), start.key(), text);
            for (PageCues.CueKey key : new PageCues.CueKey[] {start, cues.look(PageCues.key(text))}) {
                for (String kind : new String[] {"chrome", "related", "read-also", "byline-start", "caption-start"}) {
                    assertEquals(cues.is(kind, key.key()), key.is(kind), kind + ": " + text);
                    assertEquals(cues.prefix(kind, key.key()), key.prefix(kind), kind + ": " + text);
                }
            }
        }
        assertTrue(cues.look(PageCues.key("شارك")).is("chrome"), "a cue alone is found");
        assertEquals(PageCues.key("اقرأ أيضاً"), cues.look(PageCues.key("اقرأ أيضاً: خبر")).prefix("read-also"));
    }

    @Test
    void wordsAreCountedWithoutBranchesAsCountWordsDoesOnOddChars() {
        String page = "«قال» - الوزير: ١٢ .. a'b \u200f\u00a0 ـــ x\u2028 ، ؟\r\nالمدينةَ (أ.ف.ب)";
        for (Line line : Line.of(page)) {
            assertEquals(Line.countWords(line.text()), line.words(), line.text());
        }
        assertEquals(4, Line.of("«قال» - الوزير: ١٢ .. a'b").get(0).words(), "punctuation alone is no word");
    }
}
