package org.marsad.core.text;

import java.util.Arrays;

/**
 * The words seen before ({@link Token.Word}: a token without its place), found by the chars of the text itself (no
 * substring is made to look one up).
 * Two generations of at most {@link Tokenizer#CACHED_WORDS} words each: new words go to the young table; when it
 * is full it becomes the old one and a fresh young table starts; a word found only in the old table moves back
 * to the young one. So the words news keeps using (and the analysis remembered with them, see {@link TokenViews})
 * survive a turnover, while memory stays bounded. One per thread, so neither locked nor shared.
 */
final class WordCache {
    private Table young = new Table();
    private Table old = new Table();
    /** Room for the tokens of one range of text, reused by the tokenizer of this thread. */
    private Token[] scratch = new Token[256];

    /** The longest range whose room is kept: a sentence is cut at 1,500 chars; a whole page is tokenized rarely. */
    private static final int MAX_SCRATCH = 4096;

    /**
     * An array with room for the tokens of {@code chars} chars of text (a token takes one char at least): this
     * thread's, or for a range longer than {@link #MAX_SCRATCH} one made for it.
     */
    Token[] scratch(int chars) {
        if (chars > MAX_SCRATCH) {
            return new Token[chars];
        }
        if (scratch.length < chars) {
            scratch = new Token[MAX_SCRATCH];
        }
        return scratch;
    }

    /**
     * Slots of the front table: the words last found, kept where reading one costs little. The commonest 4,096 words
     * of news make some 70% of its tokens, but finding one in a generation's table (megabytes of keys, chars and
     * words) reads memory the processor's caches no longer hold. With 2^13 slots (96 KB) the front answered 63% of
     * the look-ups of the 2,000 bench pages (their 52,000 words collide in so few slots); with 2^15 (416 KB, within a
     * core's L2 cache of this machine's processors) 77%, the rest going to the generation tables.
     */
    private static final int FRONT_BITS = 15;
    private static final int FRONT = 1 << FRONT_BITS;
    /** By slot: the packed surface ({@link #packed}) of the word there, 0 for none. */
    private final long[] frontKeys = new long[FRONT];
    private final Token.Word[] frontWords = new Token.Word[FRONT];
    /** By slot: the flags ({@link #put(Token.Word, int)}) of the word there. */
    private final short[] frontHints = new short[FRONT];
    /** The flags remembered with the word the last {@link #get} found. */
    private short lastHint;

    /**
     * A flag kept beside a word's {@link WordHints} bits (which take the low 8): the tokenizer found that the word is
     * not two glued words ({@link Token.Word#whole}), so a later token of it need not read the word to know it.
     */
    static final int WHOLE = 1 << 8;

    /** The remembered word whose surface is {@code text[start, end)}, or null; its hint is then {@link #lastHint}. */
    Token.Word get(String text, int start, int end) {
        long key = packed(text, start, end);
        int slot = key == 0 ? -1 : frontSlot(key);
        if (slot >= 0 && frontKeys[slot] == key) {
            lastHint = frontHints[slot];
            return frontWords[slot];
        }
        int h = Table.hash(text, start, end);
        Token.Word t = young.get(text, start, end, h);
        if (t == null) {
            t = old.get(text, start, end, h);
            lastHint = old.lastHint;
            if (t != null) {
                put(t, lastHint); // may turn the generations over: old is another table after it
            }
        } else {
            lastHint = young.lastHint;
        }
        if (t != null && slot >= 0) {
            frontKeys[slot] = key;
            frontWords[slot] = t;
            frontHints[slot] = lastHint;
        }
        return t;
    }

    /** The hint bits remembered with the word the last {@link #get} found. */
    byte lastHint() {
        return (byte) lastHint;
    }

    /** True when the word the last {@link #get} found was remembered with {@link #WHOLE}. */
    boolean lastWhole() {
        return (lastHint & WHOLE) != 0;
    }

    /**
     * The surface {@code text[start, end)} in one long when it is at most 7 chars of the Arabic block (most words
     * of Arabic news): its length in the top byte, then the low byte of each char; so equal longs are equal surfaces.
     * 0 for any other surface.
     */
    static long packed(String text, int start, int end) {
        int len = end - start;
        if (len < 1 || len > 7) {
            return 0;
        }
        long key = len;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if ((c & 0xFF00) != 0x0600) {
                return 0;
            }
            key = key << 8 | (c & 0xFF);
        }
        return key << (8 * (7 - len));
    }

    private static int frontSlot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> (64 - FRONT_BITS));
    }

    /** Remembers {@code t} under its surface (not already in the young table), with no hint. */
    void put(Token.Word t) {
        put(t, 0);
    }

    /**
     * Remembers {@code t} under its surface (not already in the young table), with its flags: its hint bits in the
     * low byte, and {@link #WHOLE}.
     */
    void put(Token.Word t, int flags) {
        if (young.size >= Tokenizer.CACHED_WORDS) {
            Table emptied = old;
            emptied.clear();
            old = young;
            young = emptied;
            // the front forgets too, so that a word not seen for two generations is forgotten everywhere
            Arrays.fill(frontKeys, 0L);
            Arrays.fill(frontWords, null);
        }
        young.put(t, (short) flags);
    }

    /**
     * One generation: an open-addressing table whose slots hold the surface's hash and where its chars sit in one
     * shared char array, so that telling a word from another reads two arrays, not a token, a string and its bytes.
     */
    private static final class Table {
        private static final int SLOTS = Integer.highestOneBit(Tokenizer.CACHED_WORDS * 2) << 1;
        /** By slot: the surface's hash in the high half, one more than its offset in {@link #chars} in the low. */
        private final long[] keys = new long[SLOTS];
        private final Token.Word[] words = new Token.Word[SLOTS];
        private final short[] hints = new short[SLOTS];
        /** The flags of the word the last {@link #get} found. */
        short lastHint;
        /** The surfaces one after another, each after its length. */
        private char[] chars = new char[Tokenizer.CACHED_WORDS * 8];
        private int used;
        private int size;

        Token.Word get(String text, int start, int end, int h) {
            int len = end - start;
            int mask = SLOTS - 1;
            for (int i = h & mask; ; i = (i + 1) & mask) {
                long key = keys[i];
                if (key == 0) {
                    return null;
                }
                if ((int) (key >>> 32) == h && same(text, start, len, (int) key - 1)) {
                    lastHint = hints[i];
                    return words[i];
                }
            }
        }

        private boolean same(String text, int start, int len, int at) {
            if (chars[at] != len) {
                return false;
            }
            for (int k = 0; k < len; k++) {
                if (chars[at + 1 + k] != text.charAt(start + k)) {
                    return false;
                }
            }
            return true;
        }

        void clear() {
            Arrays.fill(keys, 0L);
            Arrays.fill(words, null);
            used = 0;
            size = 0;
        }

        void put(Token.Word t, short hint) {
            String s = t.surface;
            if (s.length() > Character.MAX_VALUE) {
                throw new IllegalArgumentException("a remembered word is at most " + Character.MAX_VALUE + " chars");
            }
            if (used + s.length() + 1 > chars.length) {
                chars = Arrays.copyOf(chars, Math.max(chars.length * 2, used + s.length() + 1));
            }
            int at = used;
            chars[at] = (char) s.length();
            s.getChars(0, s.length(), chars, at + 1);
            used += s.length() + 1;
            int mask = SLOTS - 1;
            int h = hash(s, 0, s.length());
            int i = h & mask;
            while (keys[i] != 0) {
                i = (i + 1) & mask;
            }
            keys[i] = (long) h << 32 | (at + 1L);
            words[i] = t;
            hints[i] = hint;
            size++;
        }

        static int hash(String text, int start, int end) {
            int h = 0;
            for (int i = start; i < end; i++) {
                h = 31 * h + text.charAt(i);
            }
            return h ^ (h >>> 16);
        }
    }
}
