package org.marsad.core.text;

import java.util.Arrays;

/**
 * The tokens of words seen before, found by the chars of the text itself (no substring is made to look one up).
 * Two generations of at most {@link Tokenizer#CACHED_WORDS} words each: new words go to the young table; when it
 * is full it becomes the old one and a fresh young table starts; a word found only in the old table moves back
 * to the young one. So the words news keeps using (and the analysis remembered with them, see {@link TokenViews})
 * survive a turnover, while memory stays bounded. One per thread, so neither locked nor shared.
 */
final class WordCache {
    private Table young = new Table();
    private Table old = new Table();

    /** The remembered token whose surface is {@code text[start, end)}, or null. */
    Token get(String text, int start, int end) {
        int h = Table.hash(text, start, end);
        Token t = young.get(text, start, end, h);
        if (t == null) {
            t = old.get(text, start, end, h);
            if (t != null) {
                put(t);
            }
        }
        return t;
    }

    /** Remembers {@code t} under its surface (not already in the young table). */
    void put(Token t) {
        if (young.size >= Tokenizer.CACHED_WORDS) {
            Table emptied = old;
            emptied.clear();
            old = young;
            young = emptied;
        }
        young.put(t);
    }

    /** One generation: an open-addressing table. */
    private static final class Table {
        private static final int SLOTS = Integer.highestOneBit(Tokenizer.CACHED_WORDS * 2) << 1;
        private final Token[] slots = new Token[SLOTS];
        /** The hash of each slot's surface, checked before the token is read. */
        private final int[] hashes = new int[SLOTS];
        private int size;

        Token get(String text, int start, int end, int h) {
            int len = end - start;
            int mask = SLOTS - 1;
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

        void clear() {
            Arrays.fill(slots, null);
            size = 0;
        }

        void put(Token t) {
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

        static int hash(String text, int start, int end) {
            int h = 0;
            for (int i = start; i < end; i++) {
                h = 31 * h + text.charAt(i);
            }
            return h ^ (h >>> 16);
        }
    }
}
