package org.marsad.core.event;

import java.util.List;
import org.marsad.core.text.Token;

/**
 * A sentence's tokens with what the event rules look at around a trigger: the cue kinds on each token and the
 * punctuation between tokens (a hard break ends a clause; a comma is a soft break).
 */
final class SentenceView {
    private static final String HARD = ".؛;:!?؟«»\"()[]{}";
    private static final String SOFT = "،,-–—";
    /** Sentence-internal stops that end a clause even for a verb's subject named «in quotes». */
    private static final String STOP = ".؛;:!?؟";

    private final List<Token> tokens;
    /** By token: the cue kinds on it, one bit per {@link CueKind} ordinal. */
    private final int[] cues;
    /** By token: {@link #HARD_MARK}, {@link #SOFT_MARK}, {@link #STOP_MARK} for the marks before it, and {@link #QUOTED}. */
    private final byte[] flags;
    private final boolean question;

    /** {@code cues}: by token, the bits of its cue kinds ({@link CueLexicon#kindBits}); kept, not copied. */
    SentenceView(String text, List<Token> tokens, int[] cues) {
        this.tokens = tokens;
        this.cues = cues;
        this.flags = flags(text, tokens);
        question = !tokens.isEmpty() && endsWithQuestionMark(text, tokens.get(tokens.size() - 1).end());
    }

    private static final byte HARD_MARK = 1;
    private static final byte SOFT_MARK = 2;
    private static final byte STOP_MARK = 4;
    /** The token sits between an opening « and its closing » (a quotation, or a name in quotes). */
    private static final byte QUOTED = 8;
    /** By char, up to the highest listed: which of {@link #HARD}, {@link #SOFT}, {@link #STOP} hold it. */
    private static final byte[] MARKS = marks();

    private static byte[] marks() {
        byte[] m = new byte[(HARD + SOFT + STOP).chars().max().orElseThrow() + 1];
        HARD.chars().forEach(c -> m[c] |= HARD_MARK);
        SOFT.chars().forEach(c -> m[c] |= SOFT_MARK);
        STOP.chars().forEach(c -> m[c] |= STOP_MARK);
        return m;
    }

    /**
     * One pass over the gaps between the tokens: the marks in each gap (a hard break is also a soft one), and
     * whether a « opened in a gap and not yet closed by a » puts the token after it inside a quotation.
     */
    private static byte[] flags(String text, List<Token> tokens) {
        byte[] f = new byte[tokens.size()];
        boolean open = false;
        int from = tokens.isEmpty() ? 0 : tokens.get(0).start();
        for (int i = 0; i < f.length; i++) {
            Token t = tokens.get(i);
            int marks = 0;
            for (int c = from; c < t.start(); c++) {
                char ch = text.charAt(c);
                if (ch < MARKS.length) {
                    marks |= MARKS[ch];
                }
                open = ch == '«' || open && ch != '»';
            }
            int soft = (marks & (HARD_MARK | SOFT_MARK)) != 0 ? SOFT_MARK : 0;
            f[i] = (byte) (marks & (HARD_MARK | STOP_MARK) | soft | (open ? QUOTED : 0));
            from = t.end();
        }
        return f;
    }

    private static boolean endsWithQuestionMark(String text, int from) {
        for (int i = from; i < text.length() && i < from + 4; i++) {
            char c = text.charAt(i);
            if (c == '?' || c == '؟') {
                return true;
            }
        }
        return false;
    }

    /** Whether token {@code i} is inside a «quotation». */
    boolean quoted(int i) {
        return (flags[i] & QUOTED) != 0;
    }

    /** The sentence is a question ("هل قصفت ...؟"). */
    boolean question() {
        return question;
    }

    private static int bit(CueKind k) {
        return 1 << k.ordinal();
    }

    List<Token> tokens() {
        return tokens;
    }

    int size() {
        return tokens.size();
    }

    Token token(int i) {
        return tokens.get(i);
    }

    boolean has(int i, CueKind k) {
        return i >= 0 && i < tokens.size() && (cues[i] & bit(k)) != 0;
    }

    /** Whether a hard break (or, when {@code soft}, any break) stands right before token {@code i}. */
    private boolean before(int i, boolean soft) {
        return (flags[i] & (soft ? SOFT_MARK : HARD_MARK)) != 0;
    }

    /**
     * The first token index of the window of at most {@code width} tokens before {@code i} that stays inside the
     * clause: it stops at a hard break, and also at a soft one when {@code soft}.
     */
    int windowStart(int i, int width, boolean soft) {
        int j = i;
        while (j > 0 && i - j < width && !before(j, soft)) {
            j--;
        }
        return j;
    }

    /**
     * The first token index of the window of at most {@code width} tokens before {@code i} that stops only at a
     * full stop, a colon or a semicolon: quotes and brackets around a name ("«حماس»") do not end it.
     */
    int clauseStart(int i, int width) {
        int j = i;
        while (j > 0 && i - j < width && (flags[j] & STOP_MARK) == 0) {
            j--;
        }
        return j;
    }

    /** The exclusive end of the window of at most {@code width} tokens after {@code end} inside the clause. */
    int windowEnd(int end, int width, boolean soft) {
        int j = end;
        while (j < tokens.size() && j - end < width && !before(j, soft)) {
            j++;
        }
        return j;
    }

    /** Whether some token in {@code [from, to)} carries the cue kind. */
    boolean any(int from, int to, CueKind k) {
        for (int i = Math.max(0, from); i < Math.min(to, tokens.size()); i++) {
            if ((cues[i] & bit(k)) != 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether some token in {@code [from, to)} carries one of the cue kinds of {@code kinds} (bits by
     * {@link CueKind} ordinal, see {@link #bits}): one pass for several kinds.
     */
    boolean anyOf(int from, int to, int kinds) {
        for (int i = Math.max(0, from); i < Math.min(to, tokens.size()); i++) {
            if ((cues[i] & kinds) != 0) {
                return true;
            }
        }
        return false;
    }

    /** The bits of the cue kinds, as {@link #anyOf} takes them. */
    static int bits(CueKind... kinds) {
        int bits = 0;
        for (CueKind k : kinds) {
            bits |= bit(k);
        }
        return bits;
    }

    /** Whether the tokens are separated by a break of the given strength anywhere in {@code (from, to]}. */
    boolean breakBetween(int from, int to, boolean soft) {
        for (int i = Math.max(1, from + 1); i <= Math.min(to, tokens.size() - 1); i++) {
            if (before(i, soft)) {
                return true;
            }
        }
        return false;
    }
}
