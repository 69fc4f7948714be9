package org.marsad.core.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.core.text.ArabicNormalizer;
import org.marsad.core.text.Token;
import org.marsad.core.text.Tokenizer;

/** Matching by word ids finds what matching by strings found: the longest entry, through any form of a token. */
class PhraseLexiconTest {
    private final ArabicNormalizer normalizer = new ArabicNormalizer();
    private final Tokenizer tokenizer = new Tokenizer(normalizer);

    private List<Token> tokens(String text) {
        return tokenizer.tokenize(text, 0, text.length());
    }

    @Test
    void theLongestEntryWinsAndMatchesGoLeftToRight() {
        PhraseLexicon.Builder<String> b = PhraseLexicon.builder(normalizer);
        b.add("مجلس", "short");
        b.add("مجلس الأمن الدولي", "long");
        b.add("الأمم المتحدة", "un");
        List<Match<String>> found = b.build().findAll(tokens("دعا مجلس الأمن الدولي والأمم المتحدة إلى الهدوء"));
        assertEquals(List.of(new Match<>(1, 4, "long"), new Match<>(4, 6, "un")), found);
    }

    @Test
    void aLexiconBuiltAfterTheTokensStillMatchesThem() {
        List<Token> tokens = tokens("زار الوزير قرية زعفرانة الجديدة");
        PhraseLexicon.Builder<String> first = PhraseLexicon.builder(normalizer);
        first.add("الوزير", "minister");
        assertEquals(1, first.build().findAll(tokens).size());
        PhraseLexicon.Builder<String> later = PhraseLexicon.builder(normalizer);
        later.add("زعفرانة الجديدة", "village");
        assertEquals(List.of(new Match<>(3, 5, "village")), later.build().findAll(tokens));
    }

    @Test
    void aKeyMatchesThroughAStrippedForm() {
        PhraseLexicon.Builder<String> b = PhraseLexicon.builder(normalizer);
        b.add("الجيش", "army");
        assertEquals(new Match<>(0, 1, "army"), b.build().longestAt(tokens("وللجيش دور"), 0));
        assertNull(b.build().longestAt(tokens("الجيوش"), 0));
    }
}
