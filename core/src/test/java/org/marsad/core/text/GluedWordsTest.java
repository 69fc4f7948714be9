package org.marsad.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class GluedWordsTest {
    private final Tokenizer tokenizer = new Tokenizer(new ArabicNormalizer());

    private List<String> words(String text) {
        return tokenizer.tokenize(text, 0, text.length()).stream().map(t -> text.substring(t.start(), t.end()))
                .toList();
    }

    @Test
    void twoWordsOfAKnownNameRunTogetherAreReadAsTwo() {
        assertEquals(List.of("دعت", "الأمم", "المتحدة"), words("دعت الأممالمتحدة"));
        assertEquals(List.of("للأمم", "المتحدة"), words("للأممالمتحدة"));
        assertEquals(List.of("وحزب", "الله"), words("وحزبالله"));
        assertEquals(List.of("مجلس", "الأمن", "الدولي"), words("مجلسالأمن الدولي"));
    }

    @Test
    void aWordRememberedWholeIsSplitAgainOnlyIfItIsGlued() {
        // a second occurrence comes from the tokenizer's memory, which knows the word needs no split
        for (int round = 0; round < 3; round++) {
            assertEquals(List.of("والمتظاهرين", "الأمم", "المتحدة"), words("والمتظاهرين الأممالمتحدة"));
        }
        // a glued run remembered whole (a caller asked for it as one word) is still split when tokenized
        String glued = "الأممالمتحدة";
        assertEquals(glued, tokenizer.word(glued, 0, glued.length()).surface());
        assertEquals(List.of("الأمم", "المتحدة"), words(glued));
        assertEquals(List.of("الأمم", "المتحدة"), words(glued));
    }

    @Test
    void aLongWordFoundWholeIsRememberedWholeInTheMemoryNotOnlyInTheWord() {
        String text = "والمتظاهرين الأممالمتحدة للأمم";
        words(text);
        WordCache cache = tokenizer.cache();
        Token.Word w = cache.get(text, 0, 11);
        assertTrue(w.whole);
        assertTrue(cache.lastWhole(), "the tokenizer need not read the word to know it");
        assertNull(cache.get(text, 12, 24), "the glued run is not remembered");
        assertFalse(cache.get(text, 12, 17).whole, "a glued run's first part was never asked about");
        assertFalse(cache.lastWhole());
        assertEquals(List.of("والمتظاهرين", "الأمم", "المتحدة", "للأمم"), words(text));
    }

    @Test
    void wordsThatOnlyLookGluedStayWhole() {
        assertEquals(List.of("الاحتلال", "الإسرائيلي"), words("الاحتلال الإسرائيلي"));
        assertEquals(List.of("المتحدة"), words("المتحدة"));
        assertEquals(List.of("الأمم", "المتحدة"), words("الأمم المتحدة"));
        assertEquals(List.of("الأمـــمالمتحدة"), words("الأمـــمالمتحدة"), "tatweel inside: left alone");
    }
}
