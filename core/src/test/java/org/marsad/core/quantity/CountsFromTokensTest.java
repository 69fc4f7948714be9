package org.marsad.core.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.marsad.core.text.ArabicNormalizer;
import org.marsad.core.text.Sentence;
import org.marsad.core.text.Tokenizer;

/**
 * Every count expression of {@code counts.tsv} is found the same, at the same page offsets, whether the sentence
 * comes with its tokens (lexemes put together per word) or without (the sentence normalised and lexed whole).
 */
class CountsFromTokensTest {
    private static final CountFinder FINDER = new CountFinder();
    private static final Tokenizer TOKENIZER = new Tokenizer(new ArabicNormalizer());
    private static final String BEFORE = "خبر عاجل.\n";

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("org.marsad.core.quantity.CountTableTest#rows")
    void countsFromTokensAreThoseOfTheWholeSentence(String sentence, String span, int value, CountSlot slot,
                                                     boolean approximate, String extras) {
        String page = BEFORE + sentence;
        int start = BEFORE.length();
        List<CountMention> whole = FINDER.find(page, new Sentence(start, page.length(), List.of()));
        List<CountMention> joined = FINDER.find(page,
                new Sentence(start, page.length(), TOKENIZER.tokenize(page, start, page.length())));
        assertEquals(whole, joined);
    }
}
