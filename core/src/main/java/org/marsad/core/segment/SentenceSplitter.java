package org.marsad.core.segment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.marsad.core.lex.TsvReader;
import org.marsad.core.text.ArabicNormalizer;
import org.marsad.core.text.Tokenizer;
import org.marsad.model.Span;

/**
 * Splits a range of text into sentences. A sentence ends after a run of terminators (. ! ? ؟ ؛ … ۔ ‼ and an
 * ellipsis "...") and always at a line break. It does not end inside «quotes», "quotes" or brackets that close on
 * the same line within 400 chars (a quote whose last char before the closer is a terminator ends after the
 * closer), nor at a dot
 * that is a decimal point (3.5), follows a single-letter initial or an abbreviation (د. م. أ.ب Dr.), numbers a
 * list item at the start of a sentence ("2. "), or sits inside a Latin token (aljazeera.net, U.S). Spans are
 * trimmed of whitespace and invisible format chars; a span without any letter or digit is not a sentence.
 * Lenient on content (never throws on odd text); thread-safe.
 */
public final class SentenceSplitter {
    private static final String TERMINATORS = ".!?؟؛…۔‼⁇⁈⁉";
    private static final int MAX_LIST_NUMBER_DIGITS = 3;
    private static final int MAX_ABBREVIATION = 12;
    private static final ArabicNormalizer NORMALIZER = new ArabicNormalizer();
    private final Abbreviations abbreviations;

    /** With the bundled abbreviation list. */
    public SentenceSplitter() {
        this(Bundled.ABBREVIATIONS);
    }

    /** With the given abbreviations (without their final dot; Latin case-sensitive, Arabic normalised). */
    public SentenceSplitter(Set<String> abbreviations) {
        this.abbreviations = new Abbreviations(Set.copyOf(abbreviations));
    }

    /**
     * The sentence spans of {@code text[from, to)}, in order, with offsets into {@code text}. One pass over the
     * chars finds the few that matter (line breaks, terminators, quotes and brackets) by a table look-up; the
     * rules then run only at those marks, a line at a time, so ordinary letters are read once.
     */
    public List<Span> split(String text, int from, int to) {
        Objects.checkFromToIndex(from, to, text.length());
        List<Span> out = new ArrayList<>();
        Marks marks = new Marks();
        int lineStart = from;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            byte kind = c < KINDS.length ? KINDS[c] : 0;
            if (kind == LINE_BREAK) {
                splitLine(text, lineStart, i, marks, out);
                marks.clear();
                lineStart = i + 1;
            } else if (kind != 0) {
                marks.add(i, kind == ENCLOSURE);
            }
        }
        splitLine(text, lineStart, to, marks, out);
        return out;
    }

    /**
     * Splits one line, {@code marks} holding the positions of its terminators, quotes and brackets in order. A
     * sentence can only end at a terminator or at the closer of a quote, so the other chars are not looked at.
     */
    private void splitLine(String text, int from, int to, Marks marks, List<Span> out) {
        if (marks.size() == 0) {
            add(text, from, to, out);
            return;
        }
        Enclosures enclosures = Enclosures.of(text, marks.positions(), marks.size(), marks.quotes());
        int s = from;
        for (int m = 0; m < marks.size(); m++) {
            int i = marks.at(m);
            if (i < s) {
                continue; // inside the run of terminators that ended the last sentence
            }
            boolean cut = isTerminator(text.charAt(i)) && !enclosures.inside(i) && endsAt(text, s, i, to)
                    || enclosures.closesAt(i) && terminatorBefore(text, s, i);
            if (cut) {
                int end = runEnd(text, i + 1, to);
                add(text, s, end, out);
                s = end;
            }
        }
        add(text, s, to, out);
    }

    /** Whether the terminator at {@code i} ends the sentence begun at {@code s}. */
    private boolean endsAt(String text, int s, int i, int to) {
        if (text.charAt(i) != '.') {
            return true;
        }
        char next = i + 1 < to ? text.charAt(i + 1) : ' ';
        if (next == '.') {
            return true; // an ellipsis
        }
        if (has(next, DIGIT) || has(next, LETTER) && !Tokenizer.isArabicBlock(next)) {
            return false; // 3.5, aljazeera.net, U.S
        }
        int wordStart = wordStart(text, s, i);
        int letters = letterCount(text, wordStart, i);
        boolean initial = letters == 1 && !hasDigit(text, wordStart, i);
        if (has(next, LETTER) || initial) {
            return !initial; // an initial: أ.ب، د. محمد، عام 1990 م. ثم; but "انتهى.وقال" lacks only a space
        }
        if (letters > 1 && i - wordStart <= MAX_ABBREVIATION && abbreviations.contains(text, wordStart, i)) {
            return false;
        }
        return !isListNumber(text, s, wordStart, i);
    }

    /** Digits alone at the start of the sentence before the dot: "1. " numbering a list item. */
    private static boolean isListNumber(String text, int s, int wordStart, int i) {
        if (i - wordStart > MAX_LIST_NUMBER_DIGITS || wordStart == i) {
            return false;
        }
        for (int k = wordStart; k < i; k++) {
            if (!has(text.charAt(k), DIGIT)) {
                return false;
            }
        }
        for (int k = s; k < wordStart; k++) {
            if (!isBlank(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** The start of the word (letters, digits, marks, tatweel) that ends at {@code i}. */
    private static int wordStart(String text, int s, int i) {
        int k = i;
        while (k > s && isWordChar(text.charAt(k - 1))) {
            k--;
        }
        return k;
    }

    private static int letterCount(String text, int from, int to) {
        int n = 0;
        for (int k = from; k < to; k++) {
            if (has(text.charAt(k), LETTER) && text.charAt(k) != '\u0640') {
                n++;
            }
        }
        return n;
    }

    private static boolean hasDigit(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (has(text.charAt(k), DIGIT)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWordChar(char c) {
        return has(c, WORD);
    }

    /** True when the last non-blank char before the closer at {@code i} is a terminator. */
    private static boolean terminatorBefore(String text, int s, int i) {
        int k = i - 1;
        while (k >= s && isBlank(text.charAt(k))) {
            k--;
        }
        return k >= s && isTerminator(text.charAt(k));
    }

    private static int runEnd(String text, int j, int to) {
        while (j < to && isTerminator(text.charAt(j))) {
            j++;
        }
        return j;
    }

    private static void add(String text, int s, int e, List<Span> out) {
        while (s < e && isBlank(text.charAt(s))) {
            s++;
        }
        while (e > s && isBlank(text.charAt(e - 1))) {
            e--;
        }
        for (int k = s; k < e; k++) {
            if (has(text.charAt(k), LETTER_OR_DIGIT)) {
                out.add(new Span(s, e));
                return;
            }
        }
    }

    static boolean isTerminator(char c) {
        return c < KINDS.length && KINDS[c] == TERMINATOR;
    }

    static boolean isLineBreak(char c) {
        return c < KINDS.length && KINDS[c] == LINE_BREAK;
    }

    /** A quote or bracket that {@link Enclosures} pairs. */
    static boolean isEnclosure(char c) {
        return c < KINDS.length && KINDS[c] == ENCLOSURE;
    }

    private static final byte TERMINATOR = 1;
    private static final byte LINE_BREAK = 2;
    private static final byte ENCLOSURE = 3;
    private static final String LINE_BREAKS = "\n\r\u000B\u000C\u0085\u2028\u2029";
    /**
     * By char, up to the highest listed one: whether it is a terminator, a line break, a quote or bracket, or
     * none of them (0, nearly every char of a text). The three sets share no char.
     */
    private static final byte[] KINDS = kinds();

    private static byte[] kinds() {
        int limit = (TERMINATORS + LINE_BREAKS).chars().max().orElseThrow() + 1;
        byte[] kinds = new byte[Math.max(Enclosures.LIMIT, limit)];
        for (char c = 0; c < Enclosures.LIMIT; c++) {
            if (Enclosures.isQuoteOrBracket(c)) {
                kinds[c] = ENCLOSURE;
            }
        }
        TERMINATORS.chars().forEach(c -> kinds[c] = TERMINATOR);
        LINE_BREAKS.chars().forEach(c -> kinds[c] = LINE_BREAK);
        return kinds;
    }

    /** The positions of the marks (terminators, quotes, brackets) of the line being read, in order. */
    private static final class Marks {
        private int[] positions = new int[16];
        private int size;
        /** How many of them are quotes or brackets. */
        private int quotes;

        void add(int i, boolean quote) {
            if (size == positions.length) {
                positions = Arrays.copyOf(positions, size * 2);
            }
            positions[size++] = i;
            quotes += quote ? 1 : 0;
        }

        void clear() {
            size = 0;
            quotes = 0;
        }

        int quotes() {
            return quotes;
        }

        int size() {
            return size;
        }

        int at(int m) {
            return positions[m];
        }

        int[] positions() {
            return positions;
        }
    }

    /** Whitespace, no-break spaces and invisible format chars (bidi marks, zero-width space, BOM). */
    static boolean isBlank(char c) {
        return has(c, BLANK);
    }

    private static boolean has(char c, byte flag) {
        return (FLAGS[c] & flag) != 0;
    }

    private static final byte BLANK = 1;
    /** Letters, digits, marks and tatweel: the chars of a word before a dot. */
    private static final byte WORD = 2;
    /** {@link Character#isLetter}, tatweel included. */
    private static final byte LETTER = 4;
    private static final byte DIGIT = 8;
    private static final byte LETTER_OR_DIGIT = 16;
    /**
     * Per UTF-16 unit, its flags above, from the {@link Character} tests they stand for: the rules look at the
     * chars around each terminator and at each sentence's ends, and one table look-up is cheaper than those tests.
     */
    private static final byte[] FLAGS = flags();

    private static byte[] flags() {
        byte[] flags = new byte[Character.MAX_VALUE + 1];
        for (int i = 0; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            boolean blank = Character.isWhitespace(c) || Character.isSpaceChar(c)
                    || Character.getType(c) == Character.FORMAT;
            boolean word = Character.isLetterOrDigit(c) || ArabicNormalizer.isMark(c) || c == '\u0640';
            flags[i] = (byte) ((blank ? BLANK : 0) | (word ? WORD : 0) | (Character.isLetter(c) ? LETTER : 0)
                    | (Character.isDigit(c) ? DIGIT : 0) | (Character.isLetterOrDigit(c) ? LETTER_OR_DIGIT : 0));
        }
        return flags;
    }

    /**
     * The abbreviations, looked up as a word is written or normalised. Nearly every sentence ends with a dot after
     * a word, and most such words cannot be one: a word with a char that no abbreviation has is not one as written,
     * and not one normalised either when that char is one the normaliser keeps as it is
     * ({@link ArabicNormalizer#isKept}) and no mark follows it. That test reads a char or two of an Arabic word
     * against a Latin list, and spares the substring and the normalising.
     */
    static final class Abbreviations {
        private final Set<String> words;
        /** The chars of all the words, as bits by char. */
        private final long[] alphabet = new long[(Character.MAX_VALUE + 1) / 64];

        Abbreviations(Set<String> words) {
            this.words = words;
            words.forEach(w -> w.chars().forEach(c -> alphabet[c >>> 6] |= 1L << c));
        }

        /** Whether {@code text[from, to)} is one of the words, as written or normalised. */
        boolean contains(String text, int from, int to) {
            boolean written = true;
            for (int k = from; k < to; k++) {
                char c = text.charAt(k);
                if (!inAlphabet(c)) {
                    written = false;
                    if (ArabicNormalizer.isKept(c) && (k + 1 == to || ArabicNormalizer.isKept(text.charAt(k + 1)))) {
                        return false; // normalised, the word still has c
                    }
                }
            }
            String word = text.substring(from, to);
            return written && words.contains(word) || words.contains(NORMALIZER.normalize(word));
        }

        private boolean inAlphabet(char c) {
            return (alphabet[c >>> 6] & 1L << c) != 0;
        }
    }

    /** The bundled abbreviations, raw and normalised (package-private for the tests). */
    static Set<String> bundledAbbreviations() {
        return Bundled.ABBREVIATIONS;
    }

    /** The bundled list, loaded once. */
    private static final class Bundled {
        static final Set<String> ABBREVIATIONS = load();

        private static Set<String> load() {
            Set<String> out = new HashSet<>();
            for (TsvReader.Row row : TsvReader.read(SentenceSplitter.class, "abbreviations.tsv", 1)) {
                String a = row.get(0);
                if (a.isEmpty() || a.endsWith(".")) {
                    throw row.error("abbreviation must be non-empty and written without its final dot");
                }
                out.add(a);
                out.add(NORMALIZER.normalize(a));
            }
            return Set.copyOf(out);
        }
    }
}
