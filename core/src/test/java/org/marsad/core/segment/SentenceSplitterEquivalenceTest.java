package org.marsad.core.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.core.text.ArabicNormalizer;
import org.marsad.core.text.RandomText;
import org.marsad.model.Span;

/**
 * The one-pass splitter (a char table finds the marks, the rules run only there) gives the same spans as the rules
 * applied the former way, char by char ({@link MultiPassSplitter}), on random text built from the chars and words
 * the rules look at; and its abbreviation test's quick rejection never turns away a listed word.
 */
class SentenceSplitterEquivalenceTest {
    /** Words and pieces the rules react to: abbreviations, initials, numbers, list numbers, Latin tokens. */
    private static final String[] PIECES = {
        "قال", "الوزير", "د", "م", "أ", "ب", "ص", "Dr", "Mr", "Gen", "approx", "No", "U", "S", "net", "aljazeera",
        "1", "2", "12", "1990", "3", "٣", "٥", "شارع", "شارِع", "ـ", "عام", "الأمم", "مدينة", "x", "ABC", "é",
    };
    /** Single chars the rules react to: terminators, quotes, brackets, spaces, marks, every line break. */
    private static final String CHARS = ".!?؟؛…۔‼⁇⁈⁉«»\"“”„‹›()[]{}  \u00A0\u200F\u200B\uFEFF\t\u064E\u0650\u0640"
            + "\n\r\u000B\u000C\u0085\u2028\u2029,،:-";

    @Test
    void oneLongRandomRunGivesTheSameSpansAsTheMultiPassRules() {
        Random random = new Random(20261129);
        Set<String> custom = Set.of("شارع", "مج", "Dr");
        for (Set<String> abbreviations : List.of(SentenceSplitter.bundledAbbreviations(), custom)) {
            SentenceSplitter onePass = new SentenceSplitter(abbreviations);
            MultiPassSplitter reference = new MultiPassSplitter(abbreviations);
            for (int n = 0; n < 20_000; n++) {
                boolean longLine = n % 50 == 0; // quotes longer than Enclosures.MAX_LENGTH need long lines
                String text = randomText(random, random.nextInt(longLine ? 1200 : 160), longLine);
                assertSame(onePass, reference, text, 0, text.length());
                int from = text.isEmpty() ? 0 : random.nextInt(text.length());
                int to = from + random.nextInt(text.length() - from + 1);
                assertSame(onePass, reference, text, from, to);
            }
        }
    }

    @Test
    void quickRejectionNeverMissesAnAbbreviation() {
        Random random = new Random(7);
        ArabicNormalizer normalizer = new ArabicNormalizer();
        Set<String> words = Set.of("شارع", "مج", "Dr", "Sen", "اد", normalizer.normalize("أ.د"));
        SentenceSplitter.Abbreviations abbreviations = new SentenceSplitter.Abbreviations(words);
        String pool = "شارعمجاأإآةىDrSenاد.\u064E\u0650\u0651\u0640\u200Fﺵﻻx";
        for (int n = 0; n < 50_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(6) + 1; k > 0; k--) {
                b.append(pool.charAt(random.nextInt(pool.length())));
            }
            String word = b.toString();
            boolean expected = words.contains(word) || words.contains(normalizer.normalize(word));
            assertEquals(expected, abbreviations.contains("«" + word + ".", 1, word.length() + 1), word);
        }
        assertEquals(true, abbreviations.contains("شارِع", 0, 5), "a listed word written with a kasra");
        assertEquals(true, abbreviations.contains("أد", 0, 2), "a listed word written with a hamza");
    }

    private static void assertSame(SentenceSplitter onePass, MultiPassSplitter reference, String text, int from,
            int to) {
        List<Span> expected = reference.split(text, from, to);
        assertEquals(expected, onePass.split(text, from, to),
                () -> "[" + from + "," + to + ") of " + RandomText.escape(text));
    }

    private static String randomText(Random random, int length, boolean oneLine) {
        StringBuilder b = new StringBuilder(length);
        while (b.length() < length) {
            int pick = random.nextInt(10);
            if (pick < 4) {
                b.append(PIECES[random.nextInt(PIECES.length)]);
            } else if (pick < 6) {
                b.append(' ');
            } else if (pick < 9) {
                char c = CHARS.charAt(random.nextInt(CHARS.length()));
                b.append(oneLine && SentenceSplitter.isLineBreak(c) ? ' ' : c);
            } else {
                b.append(oneLine ? "" : RandomText.string(random, 3));
            }
        }
        return b.toString();
    }
}
