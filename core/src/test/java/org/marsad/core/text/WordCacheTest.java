package org.marsad.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordCacheTest {
    private static Token word(String s) {
        return new Token(0, s.length(), s, s, List.of(s), "", "");
    }

    /** Fills the young generation with {@code n} distinct filler words numbered from {@code from}. */
    private static void fill(WordCache cache, int from, int n) {
        for (int i = from; i < from + n; i++) {
            cache.put(word("w" + i).word());
        }
    }

    @Test
    void findsAWordByTheCharsOfTheText() {
        WordCache cache = new WordCache();
        Token t = word("قصف");
        cache.put(t.word());
        assertSame(t.word(), cache.get("وقد قصف الطيران", 4, 7));
        assertNull(cache.get("وقد قصفت", 4, 8));
    }

    @Test
    void aWordStillInUseSurvivesTurnovers() {
        WordCache cache = new WordCache();
        Token.Word used = word("الجيش").word();
        cache.put(used);
        for (int round = 0; round < 4; round++) {
            fill(cache, round * Tokenizer.CACHED_WORDS, Tokenizer.CACHED_WORDS);
            assertSame(used, cache.get("الجيش", 0, 5), "round " + round);
        }
    }

    @Test
    void aWordNotSeenForTwoGenerationsIsForgotten() {
        WordCache cache = new WordCache();
        cache.put(word("الجيش").word());
        fill(cache, 0, Tokenizer.CACHED_WORDS);
        assertNotNull(cache.get("w" + (Tokenizer.CACHED_WORDS - 1), 0, ("w" + (Tokenizer.CACHED_WORDS - 1)).length()));
        fill(cache, Tokenizer.CACHED_WORDS, 2 * Tokenizer.CACHED_WORDS);
        assertNull(cache.get("الجيش", 0, 5));
    }

    @Test
    void aWordFoundRecentlyIsForgottenAfterTwoGenerationsUnseenAllTheSame() {
        WordCache cache = new WordCache();
        Token.Word army = word("الجيش").word();
        cache.put(army);
        assertSame(army, cache.get("الجيش", 0, 5));
        assertSame(army, cache.get("قال الجيش", 4, 9), "found again, in the front table");
        fill(cache, 0, 2 * Tokenizer.CACHED_WORDS + 1);
        assertNull(cache.get("الجيش", 0, 5));
    }

    @Test
    void theWholeFlagAndTheHintBitsComeBackWithTheWordFromEveryTable() {
        WordCache cache = new WordCache();
        Token.Word whole = word("والمتظاهرين").word(); // 11 chars: never in the front table
        Token.Word shortWhole = word("المدينة").word(); // 7 chars: packed, found in the front table once seen
        Token.Word plain = word("بالمتظاهرين").word();
        cache.put(whole, 0x85 | WordCache.WHOLE);
        cache.put(shortWhole, 0x03 | WordCache.WHOLE);
        cache.put(plain, 0x85);
        for (int round = 0; round < 3; round++) { // young, then front (short word), then old after a turnover
            assertSame(whole, cache.get("والمتظاهرين", 0, 11));
            assertTrue(cache.lastWhole(), "round " + round);
            assertEquals((byte) 0x85, cache.lastHint(), "hint bits apart from the flag, round " + round);
            assertSame(shortWhole, cache.get("المدينة", 0, 7));
            assertTrue(cache.lastWhole(), "round " + round);
            assertEquals((byte) 0x03, cache.lastHint());
            assertSame(plain, cache.get("بالمتظاهرين", 0, 11));
            assertFalse(cache.lastWhole(), "round " + round);
            assertEquals((byte) 0x85, cache.lastHint());
            fill(cache, round * Tokenizer.CACHED_WORDS, Tokenizer.CACHED_WORDS);
        }
    }

    @Test
    void aPackedSurfaceTellsEveryShortArabicWordApart() {
        long army = WordCache.packed("الجيش", 0, 5);
        assertEquals(army, WordCache.packed("قال الجيش.", 4, 9));
        assertNotEquals(army, WordCache.packed("الجيوش", 0, 6));
        assertNotEquals(WordCache.packed("قصف", 0, 3), WordCache.packed("قصفت", 0, 4));
        assertNotEquals(WordCache.packed("قصف", 0, 3), WordCache.packed("قصفَ", 0, 4), "a mark is a char");
        assertEquals(0, WordCache.packed("F16", 0, 3), "Latin letters and digits are not packed");
        assertEquals(0, WordCache.packed("والمتظاهرين", 0, 11), "longer than 7 chars");
        assertEquals(0, WordCache.packed("x", 0, 0));
    }
}
