package org.marsad.core.lex;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.marsad.core.text.Token;
import org.marsad.core.text.WordHint;

/**
 * A fixed map from normalised words to bit marks, which a {@link Lexeme}'s forms are looked up in without cutting
 * them out of the text ({@link Lexeme#marksIn}): the finders' first-word tests run at every lexeme of a sentence,
 * so they hash the lexeme's chars in place instead of allocating its text and forms. Open addressing with the
 * {@link String#hashCode()} of each word. A map made with {@link #remembered} also has its answer for a word kept
 * with the word's lexemes ({@link Spelling}, shared by every occurrence), so that a finder testing each lexeme of
 * each sentence hashes and probes once per distinct word. Immutable and thread-safe.
 */
public final class FormMarks {
    /** Remembered maps are numbered from 1; 0 is a map whose answers are not remembered. */
    private static final AtomicInteger NEXT_ID = new AtomicInteger(1);
    private final String[] keys;
    private final int[] hashes;
    private final int[] marks;
    /** This map's number for {@link Spelling}'s remembered marks, or 0 when its answers are not remembered. */
    final int id;
    /**
     * The hint of the {@link Openers} made of this map, which tells a quiet word (no marks here) from its token alone
     * ({@link #quietIn}); null while none is. The first such openers' hint stays (any gives the same answers).
     */
    private volatile WordHint quiet;

    /** {@code words}: each word's marks (non-zero bits; a word listed twice gets the union). */
    public FormMarks(Map<String, Integer> words) {
        this(words, 0);
    }

    private FormMarks(Map<String, Integer> words, int id) {
        int n = Integer.highestOneBit(Math.max(4, words.size() * 3)) << 1;
        keys = new String[n];
        hashes = new int[n];
        marks = new int[n];
        words.forEach(this::add);
        this.id = id;
    }

    /**
     * A map for a finder made once per run, whose answer for a word is remembered with the word (see
     * {@link Spelling#marksIn}: a few such maps share a word's room, so more than {@value Spelling#ROOMS} maps in
     * use at once would only work their answers out again).
     */
    public static FormMarks remembered(Map<String, Integer> words) {
        int id = NEXT_ID.getAndIncrement();
        return new FormMarks(words, id == 0 ? NEXT_ID.getAndIncrement() : id);
    }

    /** Lets {@code hint} answer {@link #quietIn} (the quiet hint of openers made of this map); the first one stays. */
    void quietHint(WordHint hint) {
        if (quiet == null) {
            quiet = hint;
        }
    }

    /**
     * True when {@code t}'s hints say its word is quiet for the openers made of this map: one lexeme of letters
     * (as long as the token) that this map gives no mark. False when they cannot tell.
     */
    boolean quietIn(Token t) {
        WordHint q = quiet;
        return q != null && q.of(t) == 1;
    }

    private void add(String w, int bits) {
        int h = w.hashCode();
        int mask = keys.length - 1;
        int i = mix(h) & mask;
        while (keys[i] != null && !keys[i].equals(w)) {
            i = (i + 1) & mask;
        }
        keys[i] = w;
        hashes[i] = h;
        marks[i] |= bits;
    }

    /** The marks of {@code w}, 0 when it is not in the map. */
    public int of(String w) {
        return of('\0', w, 0, w.length());
    }

    /** The marks of the word {@code prefix + s[from, to)} (prefix {@code '\0'}: none), 0 when it is not in the map. */
    int of(char prefix, String s, int from, int to) {
        int h = prefix == '\0' ? 0 : prefix;
        for (int k = from; k < to; k++) {
            h = 31 * h + s.charAt(k);
        }
        return of(h, prefix, s, from, to);
    }

    /** The same, given the word's {@link String#hashCode()} {@code h}. */
    int of(int h, char prefix, String s, int from, int to) {
        int len = to - from + (prefix == '\0' ? 0 : 1);
        int mask = keys.length - 1;
        for (int i = mix(h) & mask; keys[i] != null; i = (i + 1) & mask) {
            if (hashes[i] == h && same(keys[i], len, prefix, s, from, to)) {
                return marks[i];
            }
        }
        return 0;
    }

    private static boolean same(String key, int len, char prefix, String s, int from, int to) {
        if (key.length() != len) {
            return false;
        }
        int j = 0;
        if (prefix != '\0' && key.charAt(j++) != prefix) {
            return false;
        }
        for (int k = from; k < to; k++, j++) {
            if (key.charAt(j) != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static int mix(int h) {
        int x = h * 0x9E3779B9;
        return x ^ (x >>> 16);
    }
}
