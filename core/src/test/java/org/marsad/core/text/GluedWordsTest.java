package org.marsad.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
    void wordsThatOnlyLookGluedStayWhole() {
        assertEquals(List.of("الاحتلال", "الإسرائيلي"), words("الاحتلال الإسرائيلي"));
        assertEquals(List.of("المتحدة"), words("المتحدة"));
        assertEquals(List.of("الأمم", "المتحدة"), words("الأمم المتحدة"));
        assertEquals(List.of("الأمـــمالمتحدة"), words("الأمـــمالمتحدة"), "tatweel inside: left alone");
    }
}
