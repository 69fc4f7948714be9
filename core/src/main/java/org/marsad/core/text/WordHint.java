package org.marsad.core.text;

import java.util.Objects;
import java.util.function.Predicate;

/**
 * One yes/no fact about a word that a stage asks of every token (does a trigger start here?), worked out once per
 * word by the {@link Tokenizer} given it (in {@link WordHints}) and handed to each token it makes, so that the
 * stage can pass over a token without reading its word (a token is fresh in the processor's cache, its word often
 * is not). The test must depend on the word only, and a "no" must be final: true for every word the stage would
 * find nothing at. Thread-safe.
 */
public final class WordHint {
    private final Predicate<Token> test;
    /** The group this hint was last read from and its bit there: found once, not per token (a benign race). */
    private Bit last = new Bit(null, -1);

    private record Bit(WordHints group, int index) {
    }

    public WordHint(Predicate<Token> test) {
        this.test = Objects.requireNonNull(test, "test");
    }

    boolean test(Token t) {
        return test.test(t);
    }

    /** 1 or 0: the hint for {@code t}; -1 when {@code t} was not made by a tokenizer given this hint (ask the word). */
    public int of(Token t) {
        WordHints source = t.hintSource();
        if (source == null) {
            return -1;
        }
        Bit b = last;
        if (b.group() != source) {
            b = new Bit(source, source.indexOf(this));
            last = b;
        }
        return b.index() < 0 ? -1 : t.hintBits() >> b.index() & 1;
    }
}
