package org.marsad.core.text;

import java.util.Arrays;

/**
 * The tokens of words seen before, found by the chars of the text itself (no substring is made to look one up):
 * an open-addressing table of at most {@link Tokenizer#CACHED_WORDS} words, emptied when full. One per thread,
 * so neither locked nor shared.
 */
final class WordCache {
    private static final int SLOTS = Integer.highestOneBit(Tokenizer.CACHED_WORDS * 2) << 1;
    private final Token[] slots = new Token[SLOTS];
    /** The hash of each slot's surface, checked before the token is read. */
    private final int[] hashes = new int[SLOTS];
    private int size;

    /** The remembered token whose surface is {@code text[start, end)}, or null. */
    Token get(String text, int start, int end) {
        int len = end - start;
        int mask = SLOTS - 1;
        int h = hash(text, start, end);
        for (int i = h & mask; ; i = (i + 1) & mask) {
            Token t = slots[i];
            if (t == null) {
                return null;
            }
            if (hashes[i] == h) {
                String s = t.surface();
                if (s.length() == len && s.regionMatches(0, text, start, len)) {
                    return t;
                }
            }
        }
    }

    /** Remembers {@code t} under its surface (not already present); forgets everything first when full. */
    void put(Token t) {
        if (size >= Tokenizer.CACHED_WORDS) {
            Arrays.fill(slots, null);
            size = 0;
        }
        String s = t.surface();
        int mask = SLOTS - 1;
        int h = hash(s, 0, s.length());
        int i = h & mask;
        while (slots[i] != null) {
            i = (i + 1) & mask;
        }
        slots[i] = t;
        hashes[i] = h;
        size++;
    }

    private static int hash(String text, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + text.charAt(i);
        }
        return h ^ (h >>> 16);
    }
}
