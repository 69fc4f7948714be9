package org.marsad.core.text;

import java.util.List;

/**
 * The {@link WordHint}s a {@link Tokenizer} works out for each word and hands to its tokens, at most
 * {@value #MAX} (one bit of a token each). Immutable.
 */
public final class WordHints {
    static final int MAX = 8;
    private final WordHint[] hints;

    public WordHints(List<WordHint> hints) {
        if (hints.size() > MAX) {
            throw new IllegalArgumentException("at most " + MAX + " hints, not " + hints.size());
        }
        this.hints = hints.toArray(new WordHint[0]);
    }

    /** The bits of {@code t}'s word: bit k is hint k's answer. */
    byte bitsOf(Token t) {
        int bits = 0;
        for (int k = 0; k < hints.length; k++) {
            if (hints[k].test(t)) {
                bits |= 1 << k;
            }
        }
        return (byte) bits;
    }

    /** The bit of {@code hint} in this group, or -1 when it is not one of them. */
    int indexOf(WordHint hint) {
        for (int k = 0; k < hints.length; k++) {
            if (hints[k] == hint) {
                return k;
            }
        }
        return -1;
    }
}
