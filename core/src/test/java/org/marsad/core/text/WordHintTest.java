package org.marsad.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A tokenizer hands each token its hint's answer for the word, whether the word is new or remembered. */
class WordHintTest {
    private static final ArabicNormalizer NORMALIZER = new ArabicNormalizer();
    /** Says yes for words of exactly four letters. */
    private final WordHint fourLetters = new WordHint(t -> t.norm().length() == 4);
    /** Says yes for words with the article. */
    private final WordHint definite = new WordHint(Token::definite);
    private final WordHints both = new WordHints(List.of(definite, fourLetters));

    private static List<Token> tokens(Tokenizer tokenizer, String text) {
        return tokenizer.tokenize(text, 0, text.length());
    }

    @Test
    void newAndRememberedWordsCarryTheAnswer() {
        Tokenizer tokenizer = new Tokenizer(NORMALIZER, both);
        String text = "قصفت الطائرات مدينة حلب والمدينة قصفت حلب";
        for (int pass = 0; pass < 3; pass++) { // new words, then remembered ones (the front table among them)
            for (Token t : tokens(tokenizer, text)) {
                assertEquals(t.norm().length() == 4 ? 1 : 0, fourLetters.of(t), t.surface() + " pass " + pass);
                assertEquals(t.definite() ? 1 : 0, definite.of(t), t.surface() + " pass " + pass);
            }
        }
    }

    @Test
    void aWordBroughtBackFromTheOldGenerationKeepsItsAnswer() {
        Tokenizer tokenizer = new Tokenizer(NORMALIZER, both);
        assertEquals(1, fourLetters.of(tokens(tokenizer, "قصفت").get(0)));
        StringBuilder filler = new StringBuilder();
        for (int i = 0; i < Tokenizer.CACHED_WORDS; i++) {
            filler.append('w').append(i).append(' ');
        }
        tokens(tokenizer, filler.toString()); // the generations turn over: قصفت is in the old one now
        assertEquals(1, fourLetters.of(tokens(tokenizer, "قصفت").get(0)));
        assertEquals(1, fourLetters.of(tokens(tokenizer, "قصفت").get(0)));
    }

    @Test
    void aTokenMadeWithoutTheHintOrWithAnotherSaysNothing() {
        Token plain = tokens(new Tokenizer(NORMALIZER), "قصفت").get(0);
        WordHint other = new WordHint(t -> true);
        Token hinted = tokens(new Tokenizer(NORMALIZER, new WordHints(List.of(other))), "قصفت").get(0);
        assertEquals(-1, fourLetters.of(plain));
        assertEquals(-1, fourLetters.of(hinted));
        assertEquals(1, other.of(hinted));
    }

    @Test
    void atMostEightHints() {
        List<WordHint> nine = java.util.Collections.nCopies(9, fourLetters);
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new WordHints(nine));
    }
}
