package org.marsad.core.quantity;

import java.util.List;
import org.marsad.core.text.AlignedText;
import org.marsad.core.text.ArabicNormalizer;
import org.marsad.core.text.Token;
import org.marsad.core.text.WordMemo;

/**
 * The lexemes of one word as the {@link Lexer} reads its normalised form alone, and how that form maps back to the
 * word as written: worked out once per distinct word and remembered with the word (a {@link WordMemo}; news
 * repeats its words), so that a sentence's lexemes are put together from its tokens ({@link SentenceLexemes})
 * without normalising, lexing or hashing the sentence char by char. Immutable.
 */
final class WordLexemes {
    /**
     * The word's one lexeme when it spans the whole normalised word (most words), else null and the lexemes are in
     * {@link #spellings}. Kept apart so that placing such a word reads nothing but this object.
     */
    final Spelling only;
    /** What its lexemes are, in order, over the normalised word ({@link Token#norm()}). */
    final Spelling[] spellings;
    /** Maps the normalised word to the surface; null when one to one (no diacritic, tatweel or ligature). */
    final AlignedText aligned;
    /** The length of the normalised word, and its first, last and (if it has two) last but one chars. */
    final int length;
    final char first;
    final char last;
    final char beforeLast;
    /** The length and first char of the surface, to check a token against the page. */
    final int surfaceLength;
    final char surfaceFirst;
    /**
     * True when the word lexes alone as it does inside a sentence: its norm is not empty and is what the normaliser
     * makes of its surface, and it does not start with a combining mark (which a sentence would join to the char
     * before).
     */
    final boolean alone;

    private WordLexemes(String surface, String norm, Spelling[] spellings, AlignedText aligned, boolean alone) {
        this.spellings = spellings;
        this.only = spellings.length == 1 && spellings[0].from == 0 && spellings[0].to == norm.length() ? spellings[0]
                : null;
        this.aligned = aligned;
        this.length = norm.length();
        this.first = norm.isEmpty() ? '\0' : norm.charAt(0);
        this.last = norm.isEmpty() ? '\0' : norm.charAt(norm.length() - 1);
        this.beforeLast = norm.length() < 2 ? '\0' : norm.charAt(norm.length() - 2);
        this.surfaceLength = surface.length();
        this.surfaceFirst = surface.isEmpty() ? '\0' : surface.charAt(0);
        this.alone = alone && !norm.isEmpty() && !surface.isEmpty();
    }

    /** The lexemes of the word of {@code t}, remembered with the word. */
    static WordLexemes of(Token t) {
        return MEMO.of(t);
    }

    private static WordLexemes analyse(Token t) {
        String surface = t.surface();
        String norm = t.norm();
        boolean kept = true;
        for (int k = 0; k < surface.length() && kept; k++) {
            kept = ArabicNormalizer.isKept(surface.charAt(k));
        }
        AlignedText aligned = kept ? null : NORMALIZER.align(surface);
        boolean alone = !startsWithMark(surface)
                && (aligned == null ? norm.equals(surface) : norm.equals(aligned.normalized()));
        List<Spelling> s = Lexer.spell(norm, 0, norm.length());
        return new WordLexemes(surface, norm, s.toArray(new Spelling[0]),
                aligned == null || oneToOne(aligned) ? null : aligned, alone);
    }

    private static boolean startsWithMark(String s) {
        if (s.isEmpty()) {
            return false;
        }
        int type = Character.getType(s.codePointAt(0));
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean oneToOne(AlignedText at) {
        if (at.normalized().length() != at.original().length()) {
            return false;
        }
        for (int k = 0; k < at.normalized().length(); k++) {
            if (at.originalStart(k) != k || at.originalEnd(k) != k + 1) {
                return false;
            }
        }
        return true;
    }

    /** The normaliser that maps a word to its surface (stateless: any instance gives the same). */
    private static final ArabicNormalizer NORMALIZER = new ArabicNormalizer();
    private static final WordMemo<WordLexemes> MEMO = new WordMemo<>(WordLexemes.class, WordLexemes::analyse);
}
