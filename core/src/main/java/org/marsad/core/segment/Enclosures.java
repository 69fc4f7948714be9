package org.marsad.core.segment;

import java.util.Arrays;

/**
 * The quoted and bracketed stretches of one line: «…», "…", “…”, ‹…›, (…), […], {…}, counted only when they close
 * on the same line (an unmatched opener never swallows the rest of a paragraph). Nested pairs merge into their
 * outermost stretch. A stretch longer than {@value #MAX_LENGTH} chars (a long interview quote) is left out: it
 * would hold many sentences together. Queried left to right with a cursor, as the splitter walks the line. Built
 * from the positions of the line's marks, which the splitter has found in its one pass over the chars, so only
 * those chars are read.
 */
final class Enclosures {
    /** Openers beyond this depth are ignored: bounds the work on hostile input. */
    private static final int MAX_DEPTH = 64;
    static final int MAX_LENGTH = 400;
    private static final String OPENERS = "«([{‹";
    private static final String CLOSERS = "»)]}›";
    private static final int STRAIGHT = OPENERS.length();
    private static final int CURLY = STRAIGHT + 1;
    /** Roles of a char: opens a pair, closes one, or (a quote that looks the same at both ends) either. */
    private static final byte OPENS = 1;
    private static final byte CLOSES = 2;
    private static final byte TOGGLES = 3;
    /** Every quote and bracket is below this char. */
    static final int LIMIT = '›' + 1;
    /** By char below {@link #LIMIT}: its type plus one, 0 for a char that opens or closes nothing. */
    private static final byte[] TYPES = new byte[LIMIT];
    /** By char below {@link #LIMIT}: its role, 0 for a char that opens or closes nothing. */
    private static final byte[] ROLES = new byte[LIMIT];

    static {
        for (char c = 0; c < LIMIT; c++) {
            int type = computeType(c);
            TYPES[c] = (byte) (type + 1);
            ROLES[c] = type < 0 ? 0 : type >= STRAIGHT ? TOGGLES : OPENERS.indexOf(c) >= 0 ? OPENS : CLOSES;
        }
    }

    /**
     * A line without any quote or bracket (most lines): shared, since its cursor never moves (see {@link #advance}).
     */
    private static final Enclosures NONE = new Enclosures(new int[0], new int[0], 0);

    /** Sorted and disjoint: stretch k runs from the opener at {@code opens[k]} to the closer at {@code closes[k]}. */
    private final int[] opens;
    private final int[] closes;
    private final int size;
    private int cursor;

    private Enclosures(int[] opens, int[] closes, int size) {
        this.opens = opens;
        this.closes = closes;
        this.size = size;
    }

    /**
     * The enclosures of one line, given the positions of its marks in order: every quote and bracket of the line
     * ({@code quotes} of them), and maybe other chars (terminators), which are passed over.
     */
    static Enclosures of(CharSequence text, int[] marks, int count, int quotes) {
        return quotes < 2 ? NONE : pairs(text, marks, count, quotes);
    }

    /** Pairs the {@code quotes} quotes and brackets among the marks, innermost first, and merges the pairs. */
    private static Enclosures pairs(CharSequence text, int[] marks, int count, int quotes) {
        int[] types = new int[Math.min(MAX_DEPTH, quotes)];
        int[] starts = new int[types.length];
        int depth = 0;
        long[] pairs = new long[quotes / 2]; // each pair takes two of them
        int n = 0;
        for (int m = 0; m < count; m++) {
            int i = marks[m];
            char c = text.charAt(i);
            int type = type(c);
            if (type < 0) {
                continue;
            }
            byte role = ROLES[c];
            int open = role != OPENS ? topmost(types, depth, type) : -1;
            if (open >= 0) {
                pairs[n++] = ((long) starts[open] << 32) | i;
                depth = open;
            } else if (role != CLOSES && depth < types.length) {
                types[depth] = type;
                starts[depth++] = i;
            }
        }
        return merged(pairs, n);
    }

    /** True for the quotes and brackets paired here (all below {@link #LIMIT}). */
    static boolean isQuoteOrBracket(char c) {
        return type(c) >= 0;
    }

    /** The index of {@code c}'s pair in {@link #OPENERS}/{@link #CLOSERS}, {@link #STRAIGHT}, {@link #CURLY} or -1. */
    private static int type(char c) {
        return c < LIMIT ? TYPES[c] - 1 : -1;
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

    /** The first {@code n} pairs (the opener in the high half) sorted, long ones dropped, nested ones merged. */
    private static Enclosures merged(long[] pairs, int n) {
        if (n > 1) {
            Arrays.sort(pairs, 0, n);
        }
        int[] opens = new int[n];
        int[] closes = new int[n];
        int m = 0;
        for (int k = 0; k < n; k++) {
            int open = (int) (pairs[k] >>> 32);
            int close = (int) pairs[k];
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
        return new Enclosures(opens, closes, m);
    }

    /** True when {@code i} lies strictly inside an enclosure; {@code i} must not decrease between calls. */
    boolean inside(int i) {
        advance(i);
        return cursor < size && opens[cursor] < i && i < closes[cursor];
    }

    /** True when an enclosure closes at {@code i}; {@code i} must not decrease between calls. */
    boolean closesAt(int i) {
        advance(i);
        return cursor < size && closes[cursor] == i;
    }

    private void advance(int i) {
        while (cursor < size && closes[cursor] < i) {
            cursor++;
        }
    }
}
