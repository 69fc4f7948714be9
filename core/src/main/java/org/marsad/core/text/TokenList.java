package org.marsad.core.text;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * The tokens the {@link Tokenizer} found, in an array of their exact number: immutable, so a {@link Sentence} keeps
 * it as it is, where copying a list (twice, as {@code List.copyOf} does on this JDK) cost as much as finding the
 * tokens' words.
 */
final class TokenList extends AbstractList<Token> implements RandomAccess {
    private final Token[] tokens;

    /** Takes {@code tokens} as it is: the caller hands it over and keeps no reference. */
    TokenList(Token[] tokens) {
        this.tokens = tokens;
    }

    @Override
    public Token get(int index) {
        return tokens[index];
    }

    @Override
    public int size() {
        return tokens.length;
    }
}
