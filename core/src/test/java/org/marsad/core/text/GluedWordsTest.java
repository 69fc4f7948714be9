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
    void wordsThatOnlyLookGluedStayWhole() {
        assertEquals(List.of("الاحتلال", "الإسرائيلي"), words("الاحتلال الإسرائيلي"));
        assertEquals(List.of("المتحدة"), words("المتحدة"));
        assertEquals(List.of("الأمم", "المتحدة"), words("الأمم المتحدة"));
        assertEquals(List.of("الأمـــمالمتحدة"), words("الأمـــمالمتحدة"), "tatweel inside: left alone");
    }
}
