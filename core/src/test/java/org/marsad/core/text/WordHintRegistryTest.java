package org.marsad.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Stages declare their hints in one registry; the tokenizer built from it hands each token every answer. */
class WordHintRegistryTest {
    private static final ArabicNormalizer NORMALIZER = new ArabicNormalizer();

    @Test
    void everyStagesHintReachesTheTokens() {
        WordHintRegistry registry = new WordHintRegistry();
        WordHint fourLetters = registry.add(new WordHint(t -> t.norm().length() == 4)); // one stage's hint
        WordHint definite = registry.add(new WordHint(Token::definite)); // another's
        Tokenizer tokenizer = new Tokenizer(NORMALIZER, registry.close());
        for (Token t : tokenizer.tokenize("قصفت الطائرات حلب", 0, 17)) {
            assertEquals(t.norm().length() == 4 ? 1 : 0, fourLetters.of(t), t.surface());
            assertEquals(t.definite() ? 1 : 0, definite.of(t), t.surface());
        }
    }

    @Test
    void aHintAddedTwiceTakesOneBit() {
        WordHintRegistry registry = new WordHintRegistry();
        WordHint hint = new WordHint(t -> true);
        for (int i = 0; i < 12; i++) {
            assertSame(hint, registry.add(hint)); // more than eight adds, one hint: no overflow
        }
        assertEquals(1, hint.of(new Tokenizer(NORMALIZER, registry.close()).tokenize("حلب", 0, 3).get(0)));
    }

    @Test
    void noHintAfterTheTokenizerIsBuiltAndAtMostEight() {
        WordHintRegistry registry = new WordHintRegistry();
        registry.close();
        assertThrows(IllegalStateException.class, () -> registry.add(new WordHint(t -> true)));
        WordHintRegistry full = new WordHintRegistry();
        for (int i = 0; i < WordHints.MAX; i++) {
            full.add(new WordHint(t -> true));
        }
        assertThrows(IllegalStateException.class, () -> full.add(new WordHint(t -> true)));
    }
}
