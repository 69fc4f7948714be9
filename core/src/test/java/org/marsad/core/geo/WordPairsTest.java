package org.marsad.core.geo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.core.text.ArabicNormalizer;

/** Which words may continue an entry begun by another word, so that the lexicon is walked only there. */
class WordPairsTest {
    private static WordPairs pairs(String... keys) {
        WordPairs p = new WordPairs(new ArabicNormalizer());
        for (String k : keys) {
            p.add(k);
        }
        return p;
    }

    @Test
    void aWordIsFollowedOnlyByTheSecondWordsOfItsEntries() {
        WordPairs p = pairs("دير الزور", "دير حافر", "تل ابيض", "حلب");
        int[] dair = p.followersOf(List.of("دير"));
        assertEquals(2, dair.length);
        assertTrue(WordPairs.meet(dair, p.numbersOf(List.of("الزور"))));
        assertTrue(WordPairs.meet(dair, p.numbersOf(List.of("وحافر", "حافر"))), "any form of the next word");
        assertFalse(WordPairs.meet(dair, p.numbersOf(List.of("ابيض"))), "the second word of another entry");
        assertFalse(WordPairs.meet(p.followersOf(List.of("مدينه")), p.numbersOf(List.of("الزور"))));
    }

    @Test
    void oneWordEntriesStartNoPair() {
        WordPairs p = pairs("حلب", "ادلب");
        assertArrayEquals(new int[0], p.followersOf(List.of("حلب")));
        assertArrayEquals(new int[0], p.numbersOf(List.of("ادلب")));
    }

    @Test
    void keysAreSplitAfterNormalisingLikeTheLexicon() {
        WordPairs p = pairs("رأس  العين");
        assertTrue(WordPairs.meet(p.followersOf(List.of("راس")), p.numbersOf(List.of("العين"))));
    }

    @Test
    void meetingNeedsACommonNumber() {
        assertTrue(WordPairs.meet(new int[] {1, 4, 9}, new int[] {2, 9}));
        assertFalse(WordPairs.meet(new int[] {1, 4, 9}, new int[] {2, 5, 10}));
        assertFalse(WordPairs.meet(new int[0], new int[] {2}));
    }
}
