package org.marsad.core.event;

import java.util.List;
import java.util.Set;
import org.marsad.core.lexicon.Match;
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
    private final boolean[] hardBefore;
    private final boolean[] softBefore;
    private final boolean[] stopBefore;
    private final boolean question;
    private final boolean[] quoted;

    SentenceView(String text, List<Token> tokens, List<Match<Set<CueKind>>> cueMatches) {
        this.tokens = tokens;
        this.cues = new int[tokens.size()];
        for (Match<Set<CueKind>> m : cueMatches) {
            int bits = 0;
            for (CueKind k : m.value()) {
                bits |= bit(k);
            }
            for (int i = m.first(); i < m.end(); i++) {
                cues[i] |= bits;
            }
        }
        question = !tokens.isEmpty() && endsWithQuestionMark(text, tokens.get(tokens.size() - 1).end());
        quoted = quotedTokens(text, tokens);
        hardBefore = new boolean[tokens.size()];
        softBefore = new boolean[tokens.size()];
        stopBefore = new boolean[tokens.size()];
        for (int i = 1; i < tokens.size(); i++) {
            int marks = marksBetween(text, tokens.get(i - 1).end(), tokens.get(i).start());
            hardBefore[i] = (marks & HARD_MARK) != 0;
            softBefore[i] = (marks & (HARD_MARK | SOFT_MARK)) != 0;
            stopBefore[i] = (marks & STOP_MARK) != 0;
        }
    }

    private static final byte HARD_MARK = 1;
    private static final byte SOFT_MARK = 2;
    private static final byte STOP_MARK = 4;
    /** By char, up to the highest listed: which of {@link #HARD}, {@link #SOFT}, {@link #STOP} hold it. */
    private static final byte[] MARKS = marks();

    private static byte[] marks() {
        byte[] m = new byte[(HARD + SOFT + STOP).chars().max().orElseThrow() + 1];
        HARD.chars().forEach(c -> m[c] |= HARD_MARK);
        SOFT.chars().forEach(c -> m[c] |= SOFT_MARK);
        STOP.chars().forEach(c -> m[c] |= STOP_MARK);
        return m;
    }

    /** The marks of the chars in {@code text[from, to)}, one pass over the gap between two words. */
    private static int marksBetween(String text, int from, int to) {
        int marks = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < MARKS.length) {
                marks |= MARKS[c];
            }
        }
        return marks;
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

    /** Which tokens sit between an opening « and its closing » (a quotation, or a name in quotes). */
    private static boolean[] quotedTokens(String text, List<Token> tokens) {
        boolean[] q = new boolean[tokens.size()];
        boolean open = false;
        int from = tokens.isEmpty() ? 0 : tokens.get(0).start();
        for (int i = 0; i < tokens.size(); i++) {
            for (int c = from; c < tokens.get(i).start(); c++) {
                char ch = text.charAt(c);
                open = ch == '«' || open && ch != '»';
            }
            q[i] = open;
            from = tokens.get(i).end();
        }
        return q;
    }

    /** Whether token {@code i} is inside a «quotation». */
    boolean quoted(int i) {
        return quoted[i];
    }

    /** The sentence is a question ("هل قصفت ...؟"). */
    boolean question() {
        return question;
    }

    static {
        if (CueKind.values().length > Integer.SIZE) {
            throw new ExceptionInInitializerError("a token's cue kinds are kept as the bits of an int");
        }
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

    /**
     * The first token index of the window of at most {@code width} tokens before {@code i} that stays inside the
     * clause: it stops at a hard break, and also at a soft one when {@code soft}.
     */
    int windowStart(int i, int width, boolean soft) {
        int j = i;
        while (j > 0 && i - j < width && !(soft ? softBefore[j] : hardBefore[j])) {
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
        while (j > 0 && i - j < width && !stopBefore[j]) {
            j--;
        }
        return j;
    }

    /** The exclusive end of the window of at most {@code width} tokens after {@code end} inside the clause. */
    int windowEnd(int end, int width, boolean soft) {
        int j = end;
        while (j < tokens.size() && j - end < width && !(soft ? softBefore[j] : hardBefore[j])) {
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

    /** Whether the tokens are separated by a break of the given strength anywhere in {@code (from, to]}. */
    boolean breakBetween(int from, int to, boolean soft) {
        for (int i = Math.max(1, from + 1); i <= Math.min(to, tokens.size() - 1); i++) {
            if (soft ? softBefore[i] : hardBefore[i]) {
                return true;
            }
        }
        return false;
    }
}
