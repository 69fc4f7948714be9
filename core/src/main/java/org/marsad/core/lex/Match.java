package org.marsad.core.lex;

/** Entry {@code value} matched tokens {@code [first, end)} of a token list. */
public record Match<T>(int first, int end, T value) {
    public int length() {
        return end - first;
    }
}
