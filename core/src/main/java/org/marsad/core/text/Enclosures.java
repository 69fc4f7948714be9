package org.marsad.core.text;

import java.util.Arrays;

/**
 * The quoted and bracketed stretches of one line: «…», "…", “…”, ‹…›, (…), […], {…}, counted only when they close
 * on the same line (an unmatched opener never swallows the rest of a paragraph). Nested pairs merge into their
 * outermost stretch. A stretch longer than {@value #MAX_LENGTH} chars (a long interview quote) is left out: it
 * would hold many sentences together. Queried left to right with a cursor, as the splitter walks the line.
 */
final class Enclosures {
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

    private Enclosures(int[] opens, int[] closes) {
        this.opens = opens;
        this.closes = closes;
    }

    /**
     * A line without any quote or bracket (most lines): shared, since its cursor never moves (see {@link #advance}).
     */
    private static final Enclosures NONE = new Enclosures(new int[0], new int[0]);

    /** The enclosures of {@code text[from, to)}, a single line. */
    static Enclosures find(CharSequence text, int from, int to) {
        int first = from;
        while (first < to && type(text.charAt(first)) < 0) {
            first++;
        }
        return first == to ? NONE : pairs(text, first, to);
    }

    /** The enclosures of {@code text[from, to)}, which starts with a quote or bracket. */
    private static Enclosures pairs(CharSequence text, int from, int to) {
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

    private static Enclosures merged(long[] pairs) {
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
        return new Enclosures(Arrays.copyOf(opens, m), Arrays.copyOf(closes, m));
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
