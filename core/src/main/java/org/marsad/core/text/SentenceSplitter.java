package org.marsad.core.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.marsad.core.lexicon.TsvReader;
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
    private final Set<String> abbreviations;

    /** With the bundled abbreviation list. */
    public SentenceSplitter() {
        this(Bundled.ABBREVIATIONS);
    }

    /** With the given abbreviations (without their final dot; Latin case-sensitive, Arabic normalised). */
    public SentenceSplitter(Set<String> abbreviations) {
        this.abbreviations = Set.copyOf(abbreviations);
    }

    /** The sentence spans of {@code text[from, to)}, in order, with offsets into {@code text}. */
    public List<Span> split(String text, int from, int to) {
        Objects.checkFromToIndex(from, to, text.length());
        List<Span> out = new ArrayList<>();
        int lineStart = from;
        for (int i = from; i < to; i++) {
            if (isLineBreak(text.charAt(i))) {
                splitLine(text, lineStart, i, out);
                lineStart = i + 1;
            }
        }
        splitLine(text, lineStart, to, out);
        return out;
    }

    private void splitLine(String text, int from, int to, List<Span> out) {
        Enclosures enclosures = Enclosures.find(text, from, to);
        int s = from;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            boolean cut = isTerminator(c) && !enclosures.inside(i) && endsAt(text, s, i, to)
                    || enclosures.closesAt(i) && terminatorBefore(text, s, i);
            if (cut) {
                int end = runEnd(text, i + 1, to);
                add(text, s, end, out);
                s = end;
                i = end;
            } else {
                i++;
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
        int wordStart = wordStart(text, s, i);
        int letters = letterCount(text, wordStart, i);
        boolean initial = letters == 1 && !hasDigit(text, wordStart, i);
        if (Character.isDigit(next) || Character.isLetter(next) && !Tokenizer.isArabicBlock(next)) {
            return false; // 3.5, aljazeera.net, U.S
        }
        if (Character.isLetter(next) || initial) {
            return !initial; // an initial: أ.ب، د. محمد، عام 1990 م. ثم; but "انتهى.وقال" lacks only a space
        }
        if (letters > 1 && i - wordStart <= MAX_ABBREVIATION && isAbbreviation(text.substring(wordStart, i))) {
            return false;
        }
        return !isListNumber(text, s, wordStart, i);
    }

    private boolean isAbbreviation(String word) {
        return abbreviations.contains(word) || abbreviations.contains(NORMALIZER.normalize(word));
    }

    /** Digits alone at the start of the sentence before the dot: "1. " numbering a list item. */
    private static boolean isListNumber(String text, int s, int wordStart, int i) {
        if (i - wordStart > MAX_LIST_NUMBER_DIGITS || wordStart == i) {
            return false;
        }
        for (int k = wordStart; k < i; k++) {
            if (!Character.isDigit(text.charAt(k))) {
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
            if (Character.isLetter(text.charAt(k)) && text.charAt(k) != '\u0640') {
                n++;
            }
        }
        return n;
    }

    private static boolean hasDigit(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (Character.isDigit(text.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || CharTables.isMark(c) || c == '\u0640';
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
            if (Character.isLetterOrDigit(text.charAt(k))) {
                out.add(new Span(s, e));
                return;
            }
        }
    }

    static boolean isTerminator(char c) {
        return c < KINDS.length && (KINDS[c] & TERMINATOR) != 0;
    }

    static boolean isLineBreak(char c) {
        return c < KINDS.length && (KINDS[c] & LINE_BREAK) != 0;
    }

    private static final byte TERMINATOR = 1;
    private static final byte LINE_BREAK = 2;
    private static final String LINE_BREAKS = "\n\r\u000B\u000C\u0085\u2028\u2029";
    /** By char, up to the highest terminator or line break: whether it is one (read for every char of a text). */
    private static final byte[] KINDS = kinds();

    private static byte[] kinds() {
        String all = TERMINATORS + LINE_BREAKS;
        byte[] kinds = new byte[all.chars().max().orElseThrow() + 1];
        TERMINATORS.chars().forEach(c -> kinds[c] |= TERMINATOR);
        LINE_BREAKS.chars().forEach(c -> kinds[c] |= LINE_BREAK);
        return kinds;
    }

    /** Whitespace, no-break spaces and invisible format chars (bidi marks, zero-width space, BOM). */
    static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT;
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
            return out;
        }
    }
}
