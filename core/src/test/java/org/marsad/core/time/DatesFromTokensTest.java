package org.marsad.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.marsad.core.text.ArabicNormalizer;
import org.marsad.core.text.Sentence;
import org.marsad.core.text.Tokenizer;

/**
 * Every date expression of {@code dates.tsv} is found the same, at the same page offsets, whether the sentence
 * comes with its tokens (lexemes put together per word) or without (the sentence normalised and lexed whole).
 */
class DatesFromTokensTest {
    private static final DateResolver RESOLVER = new DateResolver();
    private static final Tokenizer TOKENIZER = new Tokenizer(new ArabicNormalizer());
    private static final String BEFORE = "خبر عاجل.\n";

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("org.marsad.core.time.DateTableTest#rows")
    void datesFromTokensAreThoseOfTheWholeSentence(String sentence, String span, String value, String precision) {
        String page = BEFORE + sentence;
        int start = BEFORE.length();
        List<DateMention> whole = RESOLVER.find(page, new Sentence(start, page.length(), List.of()),
                DateTableTest.PUBLISHED);
        List<DateMention> joined = RESOLVER.find(page,
                new Sentence(start, page.length(), TOKENIZER.tokenize(page, start, page.length())), DateTableTest.PUBLISHED);
        assertEquals(whole, joined);
    }
}
