package org.marsad.core.segment;

import java.util.Locale;
import org.marsad.core.text.ArabicNormalizer;

/**
 * The {@link PageCues#key} of a line's first word without the normaliser, for the common case: a word of plain
 * letters and digits (no marks, no punctuation) followed by a plain space. The normaliser works per grapheme, a
 * base char and its combining marks; a letter is no mark, so each char of such a word is a grapheme of its own
 * and the word's key is the chars' keys side by side. Each char's key is looked up in a table built at class load
 * from the normaliser itself, for ASCII, Latin-1 and Arabic.
 */
final class PlainWords {
    /** Tabled chars are below this: ASCII, Latin, Greek, Cyrillic, Hebrew and Arabic. */
    private static final char LIMIT = '\u0700';
    /** No first word this long is looked up here. */
    private static final int MAX_WORD = 32;
    /** Per char, its key when that is one letter or digit and lower-casing leaves it alone, else 0. */
    private static final char[] KEY = keyTable();

    private PlainWords() {
    }

    /** The key of {@code text} up to its first plain space when every char before it is tabled, else null. */
    static String firstWord(String text) {
        return firstWord(text, 0, text.length());
    }

    /** {@link #firstWord(String)} of {@code text[from, to)}. */
    static String firstWord(String text, int from, int to) {
        int n = Math.min(to - from, MAX_WORD + 1);
        char[] out = null;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(from + i);
            if (c == ' ') {
                return i == 0 ? null : out == null ? text.substring(from, from + i) : new String(out, 0, i);
            }
            char k = c < LIMIT ? KEY[c] : 0;
            if (k == 0) {
                return null;
            }
            if (k != c && out == null) {
                out = new char[n];
                text.getChars(from, from + i, out, 0);
            }
            if (out != null) {
                out[i] = k;
            }
        }
        return null;
    }

    private static char[] keyTable() {
        ArabicNormalizer normalizer = new ArabicNormalizer();
        char[] table = new char[LIMIT];
        for (char c = 0; c < LIMIT; c++) {
            String k = normalizer.normalize(String.valueOf(c));
            // a char that lower-casing leaves alone on its own is left alone in any context (capital sigma is not)
            if (Character.isLetterOrDigit(c) && k.length() == 1 && Character.isLetterOrDigit(k.charAt(0))
                    && k.toLowerCase(Locale.ROOT).equals(k)) {
                table[c] = k.charAt(0);
            }
        }
        return table;
    }
}
