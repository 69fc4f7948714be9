package org.marsad.core.text;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A small int id for every word a lexicon key uses, shared by all lexicons: a token looks each of its forms up
 * here once ({@link Token#formIds()}), and every lexicon then matches ids, not strings. Each word also records
 * which lexicons have an entry starting with it ({@link #markFirst}), as one bit per lexicon, so that a lexicon
 * can pass over a token that starts none of its entries with one mask test ({@link Token#firstMask()}). Words
 * and marks are only added, while lexicons are built; {@link #version()} tells a cached lookup that it may be
 * stale. Thread-safe.
 */
public final class WordIds {
    private static final ConcurrentHashMap<String, Integer> IDS = new ConcurrentHashMap<>();
    private static volatile int count;
    /** Bumped after every new word or mark; read before the marks, so a reader sees the marks written before it. */
    private static volatile int version;
    /** By word id: the bits of the lexicons with an entry whose first word it is. Guarded by IDS for writes. */
    private static long[] firsts = new long[1024];

    private WordIds() {
    }

    /** The id of {@code word}, added if new. */
    public static int intern(String word) {
        Integer id = IDS.get(word);
        if (id != null) {
            return id;
        }
        synchronized (IDS) {
            id = IDS.get(word);
            if (id == null) {
                id = count;
                IDS.put(word, id);
                count = id + 1;
                version++;
            }
            return id;
        }
    }

    /** The id of {@code word}, or -1 when no lexicon uses it. */
    public static int idOf(String word) {
        Integer id = IDS.get(word);
        return id == null ? -1 : id;
    }

    /** How many words have ids; ids run from 0 to {@code count() - 1}. */
    public static int count() {
        return count;
    }

    /** Changes whenever a word is added or marked: a mask or id worked out at another version may be stale. */
    public static int version() {
        return version;
    }

    /** Records that a lexicon with bit {@code lexiconBit} (see {@link #bitFor}) has an entry starting with word {@code id}. */
    public static void markFirst(int id, long lexiconBit) {
        synchronized (IDS) {
            if (id >= firsts.length) {
                firsts = Arrays.copyOf(firsts, Math.max(id + 1, firsts.length * 2));
            }
            if ((firsts[id] & lexiconBit) != lexiconBit) {
                firsts[id] |= lexiconBit;
                version++;
            }
        }
    }

    /** The lexicon bits marked on word {@code id}; 0 for -1 (a word no lexicon uses). */
    public static long firstsOf(int id) {
        if (id < 0) {
            return 0;
        }
        long[] f;
        synchronized (IDS) {
            f = firsts;
        }
        return id < f.length ? f[id] : 0;
    }

    private static int lexicons;

    /**
     * A bit for a new lexicon. Bits are reused after 64 lexicons (tests build many): two lexicons sharing a bit
     * only make the test pass more often, never miss an entry.
     */
    public static synchronized long bitFor() {
        return 1L << (lexicons++ & 63);
    }
}
