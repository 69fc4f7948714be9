package org.marsad.core.segment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.marsad.core.text.ArabicNormalizer;
import org.marsad.core.text.Tokenizer;
import org.marsad.model.Span;

/**
 * The sentence splitter as it was before it became one pass over the chars: it reads each line several times (for
 * line breaks, for the first quote, for terminators, for trimming), with {@link Character} tests. Kept only as the
 * oracle of {@code SentenceSplitterEquivalenceTest}: the one-pass splitter must give the same spans on any text.
 */
final class MultiPassSplitter {
    private static final String TERMINATORS = ".!?؟؛…۔‼⁇⁈⁉";
    private static final int MAX_LIST_NUMBER_DIGITS = 3;
    private static final int MAX_ABBREVIATION = 12;
    private static final ArabicNormalizer NORMALIZER = new ArabicNormalizer();
    private final Set<String> abbreviations;

    MultiPassSplitter(Set<String> abbreviations) {
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
        OldEnclosures enclosures = OldEnclosures.find(text, from, to);
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
        return Character.isLetterOrDigit(c) || ArabicNormalizer.isMark(c) || c == '\u0640';
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

    private static final class OldEnclosures {
        /** Openers beyond this depth are ignored: bounds the work on hostile input. */
        private static final int MAX_DEPTH = 64;
        static final int MAX_LENGTH = 400;
        private static final String OPENERS = "«([{‹";
        private static final String CLOSERS = "»)]}›";
        private static final int STRAIGHT = OPENERS.length();
        private static final int CURLY = STRAIGHT + 1;

        private final int[] opens;
        private final int[] closes;
        private int cursor;

        private OldEnclosures(int[] opens, int[] closes) {
            this.opens = opens;
            this.closes = closes;
        }

        /**
         * A line without any quote or bracket (most lines): shared, since its cursor never moves (see {@link #advance}).
         */
        private static final OldEnclosures NONE = new OldEnclosures(new int[0], new int[0]);

        /** The enclosures of {@code text[from, to)}, a single line. */
        static OldEnclosures find(CharSequence text, int from, int to) {
            int first = from;
            while (first < to && type(text.charAt(first)) < 0) {
                first++;
            }
            return first == to ? NONE : pairs(text, first, to);
        }

        /** The enclosures of {@code text[from, to)}, which starts with a quote or bracket. */
        private static OldEnclosures pairs(CharSequence text, int from, int to) {
            int[] types = new int[MAX_DEPTH];
            int[] starts = new int[MAX_DEPTH];
            int depth = 0;
            long[] pairs = new long[8];
            int n = 0;
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                int type = type(c);
                if (type < 0) {
                    continue;
                }
                boolean toggle = type >= STRAIGHT;
                int open = toggle || CLOSERS.indexOf(c) >= 0 ? topmost(types, depth, type) : -1;
                if (open >= 0) {
                    if (n == pairs.length) {
                        pairs = Arrays.copyOf(pairs, n * 2);
                    }
                    pairs[n++] = ((long) starts[open] << 32) | i;
                    depth = open;
                } else if ((toggle || OPENERS.indexOf(c) >= 0) && depth < MAX_DEPTH) {
                    types[depth] = type;
                    starts[depth++] = i;
                }
            }
            return merged(Arrays.copyOf(pairs, n));
        }

        /** By char up to the last listed one: its type plus one, 0 for a char that opens or closes nothing. */
        private static final byte[] TYPES = new byte['›' + 1];

        static {
            for (char c = 0; c < TYPES.length; c++) {
                TYPES[c] = (byte) (computeType(c) + 1);
            }
        }

        /** The index of {@code c}'s pair in {@link #OPENERS}/{@link #CLOSERS}, {@link #STRAIGHT}, {@link #CURLY} or -1. */
        private static int type(char c) {
            return c < TYPES.length ? TYPES[c] - 1 : -1;
        }

        private static int computeType(char c) {
            int t = OPENERS.indexOf(c);
            if (t < 0) {
                t = CLOSERS.indexOf(c);
            }
            if (t >= 0) {
                return t;
            }
            if (c == '"') {
                return STRAIGHT;
            }
            return c == '“' || c == '”' || c == '„' ? CURLY : -1;
        }

        private static int topmost(int[] types, int depth, int type) {
            for (int k = depth - 1; k >= 0; k--) {
                if (types[k] == type) {
                    return k;
                }
            }
            return -1;
        }

        private static OldEnclosures merged(long[] pairs) {
            Arrays.sort(pairs);
            int[] opens = new int[pairs.length];
            int[] closes = new int[pairs.length];
            int m = 0;
            for (long p : pairs) {
                int open = (int) (p >>> 32);
                int close = (int) p;
                if (close - open > MAX_LENGTH) {
                    continue;
                }
                if (m > 0 && open < closes[m - 1]) {
                    closes[m - 1] = Math.max(closes[m - 1], close);
                } else {
                    opens[m] = open;
                    closes[m++] = close;
                }
            }
            return new OldEnclosures(Arrays.copyOf(opens, m), Arrays.copyOf(closes, m));
        }

        /** True when {@code i} lies strictly inside an enclosure; {@code i} must not decrease between calls. */
        boolean inside(int i) {
            advance(i);
            return cursor < opens.length && opens[cursor] < i && i < closes[cursor];
        }

        /** True when an enclosure closes at {@code i}; {@code i} must not decrease between calls. */
        boolean closesAt(int i) {
            advance(i);
            return cursor < opens.length && closes[cursor] == i;
        }

        private void advance(int i) {
            while (cursor < opens.length && closes[cursor] < i) {
                cursor++;
            }
        }
    }
}
