package org.marsad.core.lex;

import java.util.List;
import org.marsad.core.text.AlignedText;
import org.marsad.core.text.ArabicNormalizer;
import org.marsad.core.text.Token;
import org.marsad.core.text.WordMemo;

/**
 * The lexemes of one word as the {@link Lexer} reads its normalised form alone, and how that form maps back to the
 * word as written: the general case of {@link Lexed} (several lexemes, as in {@code F16} or {@code 3.5}, or a
 * normalised form that is not the surface char for char). Worked out once per distinct word and remembered with the
 * word (a {@link WordMemo}; news repeats its words), so that a sentence's lexemes are put together from its tokens
 * ({@link SentenceLexemes}) without normalising, lexing or hashing the sentence char by char. Immutable.
 */
final class WordLexemes implements Lexed {
    /** What its lexemes are, in order, over the normalised word ({@link Token#norm()}). */
    final Spelling[] spellings;
    /**
     * The word's one lexeme and where it lies in the normalised word, when it has one (a word with diacritics):
     * placing it then reads nothing but this object; else null and the lexemes are in {@link #spellings}.
     */
    final Spelling only;
    final int onlyFrom;
    final int onlyTo;
    /** Maps the normalised word to the surface; null when one to one (no diacritic, tatweel or ligature). */
    final AlignedText aligned;
    /** The length of the normalised word, and its first, last and last but one chars ({@code '\0'}: none). */
    final int length;
    final char first;
    final char last;
    final char beforeLast;
    /** The length of the surface, to check a token against. */
    final int surfaceLength;
    /**
     * True when the word lexes alone as it does inside a sentence: its norm is not empty and is what the normaliser
     * makes of its surface, and it does not start with a combining mark (which a sentence would join to the char
     * before).
     */
    final boolean alone;

    private WordLexemes(String surface, String norm, Spelling[] spellings, AlignedText aligned, boolean alone) {
        this.spellings = spellings;
        this.only = spellings.length == 1 ? spellings[0] : null;
        this.onlyFrom = only == null ? 0 : only.from;
        this.onlyTo = only == null ? 0 : only.to;
        this.aligned = aligned;
        this.length = norm.length();
        this.first = norm.isEmpty() ? '\0' : norm.charAt(0);
        this.last = norm.isEmpty() ? '\0' : norm.charAt(norm.length() - 1);
        this.beforeLast = norm.length() < 2 ? '\0' : norm.charAt(norm.length() - 2);
        this.surfaceLength = surface.length();
        this.alone = alone && !norm.isEmpty();
    }

    @Override
    public char first() {
        return first;
    }

    private static Lexed analyse(Token t) {
        String surface = t.surface();
        String norm = t.norm();
        boolean kept = true;
        for (int k = 0; k < surface.length() && kept; k++) {
            kept = ArabicNormalizer.isKept(surface.charAt(k));
        }
        AlignedText at = kept ? null : NORMALIZER.align(surface);
        boolean alone = !startsWithMark(surface) && norm.equals(at == null ? surface : at.normalized());
        AlignedText aligned = at == null || oneToOne(at) ? null : at;
        List<Spelling> s = Lexer.spell(norm, 0, norm.length());
        s.forEach(Spelling::shared); // every occurrence of the word reads these
        if (alone && aligned == null && s.size() == 1 && s.get(0).from == 0 && s.get(0).to == norm.length()) {
            return s.get(0);
        }
        return new WordLexemes(surface, norm, s.toArray(new Spelling[0]), aligned, alone);
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
    static final WordMemo<Lexed> MEMO = new WordMemo<>(Lexed.class, WordLexemes::analyse);
}
