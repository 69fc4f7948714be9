package org.marsad.core.lex;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.marsad.core.text.AlignedText;
import org.marsad.core.text.ArabicNormalizer;
import org.marsad.core.text.Sentence;
import org.marsad.core.text.Token;

/**
 * The lexemes of a sentence, exactly as the {@link Lexer} reads the normalised sentence, in chunks of at most about
 * {@link Lexer#CHUNK} chars. Put together from the sentence's tokens when it can be: each word's lexemes are worked
 * out once per distinct word ({@link WordLexemes}) and placed at the token, and the punctuation between tokens is
 * read from the page; so the sentence is neither normalised nor lexed char by char again. That gives the same
 * lexemes because the normaliser works grapheme by grapheme and a token starts and ends on grapheme bounds; where
 * the pieces would lex differently together than apart (a letter or digit run across two pieces, a letter or
 * digit between tokens: no tokens, or tokens the tokenizer did not make), the whole sentence is normalised and
 * lexed as before. The last sentence a thread read is remembered: the date and count finders read it in turn.
 */
public final class SentenceLexemes {
    private SentenceLexemes() {
    }

    /** The lexemes of {@code sentence} of {@code page}, in chunks (unmodifiable lists). */
    public static List<List<Lexeme>> of(ArabicNormalizer normalizer, String page, Sentence sentence) {
        check(normalizer, page, sentence);
        Last last = LAST.get();
        if (last != null && last.page == page && last.sentence == sentence && last.normalizer == normalizer) {
            return last.chunks;
        }
        return lexed(normalizer, page, sentence, null);
    }

    /**
     * The lexemes of {@code sentence} for a finder that reads nothing unless a number or a word with marks in
     * {@code openers} is among them: those of {@link #of(ArabicNormalizer, String, Sentence)}, or no chunks at all
     * when surely none is (many sentences name no date or count: then no lexeme is made). Sure means the
     * sentence's tokens were read and would be its lexemes (see {@link Builder#build}).
     */
    public static List<List<Lexeme>> of(ArabicNormalizer normalizer, String page, Sentence sentence,
                                        Openers openers) {
        check(normalizer, page, sentence);
        Objects.requireNonNull(openers, "openers");
        Last last = LAST.get();
        if (last != null && last.page == page && last.sentence == sentence && last.normalizer == normalizer) {
            return last.chunks;
        }
        if (quiet(page, sentence, openers)) {
            return List.of();
        }
        return lexed(normalizer, page, sentence, openers);
    }

    /**
     * True when every token is a quiet word ({@link Openers}) and only blanks and punctuation stand between them,
     * one char at least: then the sentence's lexemes are those words and punctuation (what {@link Builder#build}
     * would put together), and none opens. Reads the words' memos and the page's chars only. False when it cannot
     * tell.
     */
    private static boolean quiet(String page, Sentence sentence, Openers openers) {
        if (sentence.start() < 0 || sentence.start() > sentence.end()) {
            return false;
        }
        int pos = sentence.start();
        long n = 0;
        for (Token t : sentence.tokens()) {
            int length = openers.quietLength(t);
            boolean apart = pos == sentence.start() || t.start() > pos; // letters on both sides of no gap join
            if (length < 0 || !apart || !blanksAndPunctuation(page, pos, t.start(), sentence.end())
                    || t.end() > sentence.end() || t.end() - t.start() != length) {
                return false;
            }
            n += t.start() - pos + length;
            pos = t.end();
        }
        return blanksAndPunctuation(page, pos, sentence.end(), sentence.end()) && n + sentence.end() - pos <= Lexer.CHUNK;
    }

    /** Whether {@code page[from, to)} lies in the sentence (up to {@code end}) and holds only blanks and punctuation. */
    private static boolean blanksAndPunctuation(String page, int from, int to, int end) {
        if (to < from || to > end) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (GAP[page.charAt(i)] == OTHER) {
                return false;
            }
        }
        return true;
    }

    /** Puts the chunks together and remembers them; none when nothing opens ({@code openers} null: always). */
    private static List<List<Lexeme>> lexed(ArabicNormalizer normalizer, String page, Sentence sentence,
                                            Openers openers) {
        boolean inOrder = sentence.start() >= 0 && sentence.start() <= sentence.end();
        Builder b = inOrder ? new Builder(normalizer, page, sentence) : null;
        List<Lexeme> joined = b == null ? null : b.build(openers);
        if (b != null && b.nothingOpens) {
            return List.of();
        }
        List<List<Lexeme>> chunks = joined != null ? List.of(Collections.unmodifiableList(joined))
                : Lexer.chunks(normalizer.align(page.substring(sentence.start(), sentence.end())), sentence.start());
        LAST.set(new Last(page, sentence, normalizer, chunks));
        return chunks;
    }

    private static void check(ArabicNormalizer normalizer, String page, Sentence sentence) {
        Objects.requireNonNull(normalizer, "normalizer");
        Objects.requireNonNull(page, "text");
        Objects.requireNonNull(sentence, "sentence");
        if (sentence.end() > page.length()) {
            throw new IllegalArgumentException("sentence " + sentence.span() + " outside text of length "
                    + page.length());
        }
    }

    /** The lexemes of {@code sentence} put together from its tokens, or null when they cannot be. */
    static List<Lexeme> joined(ArabicNormalizer normalizer, String page, Sentence sentence) {
        boolean inOrder = sentence.start() >= 0 && sentence.start() <= sentence.end();
        return inOrder ? new Builder(normalizer, page, sentence).build(null) : null;
    }

    private record Last(String page, Sentence sentence, ArabicNormalizer normalizer, List<List<Lexeme>> chunks) {
    }

    private static final ThreadLocal<Last> LAST = new ThreadLocal<>();

    /** {@link #GAP} values: a char that must be normalised, a space or control, a punctuation char. */
    private static final byte OTHER = 0;
    private static final byte BLANK = 1;
    private static final byte PUNCTUATION = 2;
    /**
     * By char, what it is between tokens: {@link #BLANK} or {@link #PUNCTUATION} when it normalises to itself and is
     * neither letter nor digit (at most a punctuation lexeme of its own), else {@link #OTHER}. Computed once.
     */
    private static final byte[] GAP = new byte[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            if (ArabicNormalizer.isKept(ch) && !Lexer.isLetter(ch) && !Lexer.isDigit(ch)) {
                GAP[c] = Lexer.isBlank(ch) ? BLANK : PUNCTUATION;
            }
        }
    }

    /** A letter standing for the chars of a quiet word that is not read: only its being a letter counts. */
    private static final char QUIET_LETTER = '\u0627';

    /** The punctuation lexeme of each char, spelled once (filled as met). */
    private static final Spelling[] PUNCT = new Spelling[Character.MAX_VALUE + 1];

    private static Spelling punct(char c) {
        Spelling s = PUNCT[c];
        if (s == null) {
            s = Spelling.of(Lexeme.Kind.PUNCT, String.valueOf(c));
            PUNCT[c] = s;
        }
        return s;
    }

    /**
     * Walks the sentence piece by piece (the gap before a token, the token), keeping the offset in the normalised
     * sentence and its last two chars, to tell where pieces would run into one lexeme.
     */
    private static final class Builder {
        private final ArabicNormalizer normalizer;
        private final String page;
        private final Sentence sentence;
        /** The lexemes so far; null while a walk only tells whether the pieces lex alone (see {@link #build}). */
        private List<Lexeme> out;
        /** Set by {@link #build} when no lexeme would open the finder: then it made none. */
        boolean nothingOpens;
        /** Where the next piece begins in the page and in the normalised sentence. */
        private int pos;
        private int n;
        /** The last and the one before the last char of the normalised sentence so far ({@code '\0'}: none). */
        private char last;
        private char beforeLast;

        Builder(ArabicNormalizer normalizer, String page, Sentence sentence) {
            this.normalizer = normalizer;
            this.page = page;
            this.sentence = sentence;
            this.pos = sentence.start();
        }

        private static boolean opens(Lexed lexed, Openers openers) {
            if (lexed instanceof Spelling sp) {
                return openers.opens(sp);
            }
            for (Spelling sp : ((WordLexemes) lexed).spellings) {
                if (openers.opens(sp)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The lexemes, or null when the pieces do not lex alone as the sentence does. With {@code openers} (null:
         * none), when no word of the tokens is a number or has marks in it, the pieces are first walked without
         * making lexemes: if they lex alone, no lexeme would open the finder, so none is made and
         * {@link #nothingOpens} is set (a gap to normalise cannot be told so: then the lexemes are made). A token
         * the openers' hint tells quiet is placed without reading its word ({@link Lexeme#quiet}).
         */
        List<Lexeme> build(Openers openers) {
            List<Token> tokens = sentence.tokens();
            // the words' memories are read first, in a tight loop of their own: they lie scattered in the heap, and
            // reads that do not wait for each other overlap (placing each word right after reading it was slower)
            Lexed[] words = new Lexed[tokens.size()];
            boolean opens = openers == null;
            for (int k = 0; k < words.length; k++) {
                Token t = tokens.get(k);
                if (openers == null || !openers.hintsQuiet(t)) { // else words[k] stays null: a quiet word, not read
                    words[k] = Lexed.of(t);
                    opens = opens || opens(words[k], openers);
                }
            }
            if (!opens) {
                if (place(words)) {
                    nothingOpens = true;
                    return null;
                }
                pos = sentence.start();
                n = 0;
                last = '\0';
                beforeLast = '\0';
            }
            out = new ArrayList<>(words.length + words.length / 4 + 8); // a sentence has some punctuation
            return place(words) ? out : null;
        }

        /** Places each token's {@code words} after the gap before it; false when the pieces do not lex alone. */
        private boolean place(Lexed[] words) {
            List<Token> tokens = sentence.tokens();
            for (int k = 0; k < words.length; k++) {
                Token t = tokens.get(k);
                char first = words[k] == null ? QUIET_LETTER : words[k].first();
                if (!gap(t.start()) || !standsApart(first) || !word(t, words[k])) {
                    return false;
                }
            }
            return gap(sentence.end()) && n <= Lexer.CHUNK;
        }

        /** The chars from {@link #pos} to {@code to}, none of them a letter or digit once normalised. */
        private boolean gap(int to) {
            if (to < pos || to > sentence.end()) {
                return false;
            }
            for (int i = pos; i < to; i++) {
                char c = page.charAt(i);
                if (GAP[c] == OTHER) {
                    return normalizedGap(to);
                }
            }
            for (int i = pos; i < to; i++) {
                char c = page.charAt(i);
                if (GAP[c] == PUNCTUATION && out != null) {
                    out.add(new Lexeme(punct(c), n, n + 1, null, i));
                }
                append(c);
            }
            pos = to;
            return true;
        }

        /** A gap with chars that normalise to others or drop, or with marks: normalised on its own. */
        private boolean normalizedGap(int to) {
            if (out == null) {
                return false; // a walk that makes nothing cannot tell what the gap lexes to
            }
            if (pos > sentence.start() && isMark(page.codePointAt(pos))) {
                return false; // in the sentence, the mark would join the token before
            }
            AlignedText g = normalizer.align(page.substring(pos, to));
            String s = g.normalized();
            for (int k = 0; k < s.length(); k++) {
                char c = s.charAt(k);
                if (Lexer.isLetter(c) || Lexer.isDigit(c)) {
                    return false;
                }
                if (!Lexer.isBlank(c)) {
                    out.add(new Lexeme(new Spelling(Lexeme.Kind.PUNCT, s, k, k + 1), n, n + 1, g, pos));
                }
                append(c);
            }
            pos = to;
            return true;
        }

        /**
         * The lexemes of token {@code t}, whose word lexes to {@code lexed} and stands apart from what precedes it
         * ({@link #standsApart}), placed at it. The token must be the tokenizer's, of this page: its length is
         * checked, its chars are not read again.
         */
        private boolean word(Token t, Lexed lexed) {
            if (t.end() > sentence.end()) {
                return false;
            }
            if (lexed == null) {
                return quietWord(t);
            }
            if (lexed instanceof Spelling sp) {
                int length = sp.to - sp.from; // the whole word, one to one
                if (t.end() - t.start() != length) {
                    return false;
                }
                if (out != null) {
                    out.add(new Lexeme(sp, n, n + length, null, t.start()));
                }
                return placed(t, length, sp.last, sp.beforeLast);
            }
            WordLexemes w = (WordLexemes) lexed;
            if (!w.alone || t.end() - t.start() != w.surfaceLength) {
                return false;
            }
            if (out == null) {
                return placed(t, w.length, w.last, w.beforeLast);
            }
            if (w.only != null) {
                out.add(new Lexeme(w.only, n + w.onlyFrom, n + w.onlyTo, w.aligned, t.start()));
            } else {
                for (Spelling sp : w.spellings) {
                    out.add(new Lexeme(sp, n + sp.from, n + sp.to, w.aligned, t.start()));
                }
            }
            return placed(t, w.length, w.last, w.beforeLast);
        }

        /**
         * A token whose word a hint told quiet: one lexeme of letters as long as the token (so it lexes alone), which
         * is placed without reading the word. Which letters they are does not matter to where later pieces would
         * join it ({@link #standsApart} asks only whether a char is a letter, a digit or a comma): it stands in
         * as {@link #QUIET_LETTER}.
         */
        private boolean quietWord(Token t) {
            int length = t.end() - t.start();
            if (out != null) {
                out.add(Lexeme.quiet(t, n));
            }
            return placed(t, length, QUIET_LETTER, QUIET_LETTER);
        }

        /** Moves past token {@code t}, whose normalised word has {@code length} chars ending in the two given. */
        private boolean placed(Token t, int length, char end, char beforeEnd) {
            n += length;
            beforeLast = length > 1 ? beforeEnd : last;
            last = end;
            pos = t.end();
            return true;
        }

        /**
         * True when {@code c}, next in the normalised sentence after a piece bound, does not join the lexeme
         * before it: it neither continues a letter or digit run nor completes a digit group ({@code 1,} + {@code 200}).
         */
        private boolean standsApart(char c) {
            boolean letters = Lexer.isLetter(last) && Lexer.isLetter(c);
            boolean digits = Lexer.isDigit(c) && (Lexer.isDigit(last)
                    || (last == ',' || last == '٬') && Lexer.isDigit(beforeLast));
            return !letters && !digits;
        }

        private void append(char c) {
            beforeLast = last;
            last = c;
            n++;
        }

        private static boolean isMark(int cp) {
            int type = Character.getType(cp);
            return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK;
        }
    }
}
