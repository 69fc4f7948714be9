package org.marsad.core.quantity;

import java.util.Collection;

/**
 * A fixed set of normalised words that a {@link Lexeme}'s forms are tested against without cutting them out of
 * the text ({@link Lexeme#anyFormIn}): the finders' first-word tests run at every lexeme of a sentence, so they
 * hash the lexeme's chars in place instead of allocating its text and forms. Open addressing with the
 * {@link String#hashCode()} of each word. Immutable and thread-safe.
 */
public final class FormSet {
    private final String[] keys;
    private final int[] hashes;

    public FormSet(Collection<String> words) {
        int n = Integer.highestOneBit(Math.max(4, words.size() * 3)) << 1;
        keys = new String[n];
        hashes = new int[n];
        for (String w : words) {
            add(w);
        }
    }

    private void add(String w) {
        int h = w.hashCode();
        int mask = keys.length - 1;
        int i = mix(h) & mask;
        while (keys[i] != null) {
            if (keys[i].equals(w)) {
                return;
            }
            i = (i + 1) & mask;
        }
        keys[i] = w;
        hashes[i] = h;
    }

    public boolean contains(String w) {
        return contains('\0', w, 0, w.length());
    }

    /** True when the word {@code prefix + s[from, to)} is in the set; prefix {@code '\0'} means none. */
    boolean contains(char prefix, String s, int from, int to) {
        int h = prefix == '\0' ? 0 : prefix;
        for (int k = from; k < to; k++) {
            h = 31 * h + s.charAt(k);
        }
        int len = to - from + (prefix == '\0' ? 0 : 1);
        int mask = keys.length - 1;
        for (int i = mix(h) & mask; keys[i] != null; i = (i + 1) & mask) {
            if (hashes[i] == h && same(keys[i], len, prefix, s, from, to)) {
                return true;
            }
        }
        return false;
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
