package org.marsad.core.lex;

import org.marsad.core.text.Token;

/**
 * What a word lexes to, worked out once per distinct word and remembered with it: for most words, the
 * {@link Spelling} of their one lexeme (a word whose normalised form is one lexeme and maps char for char onto its
 * surface), so that placing it reads one object, the one the rules read next; else the general
 * {@link WordLexemes}.
 */
sealed interface Lexed permits Spelling, WordLexemes {
    /** The first char of the normalised word ({@code '\0'} when it is empty). */
    char first();

    /** What the word of {@code t} lexes to. */
    static Lexed of(Token t) {
        return WordLexemes.MEMO.of(t);
    }
}
