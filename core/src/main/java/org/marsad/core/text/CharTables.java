package org.marsad.core.text;

import java.nio.CharBuffer;
import java.text.Normalizer;

/**
 * Per-char facts for the normaliser over the Basic Multilingual Plane, computed once: whether a char is
 * NFKC-stable on its own, whether the normaliser drops it, what it folds to, and whether it is a combining mark.
 * Supplementary chars (surrogate pairs) are never "stable" here and always take the NFKC path.
 */
final class CharTables {
    private static final int BMP = 0x10000;
    private static final long[] STABLE = new long[BMP / 64];
    private static final long[] DROP = new long[BMP / 64];
    private static final long[] MARK = new long[BMP / 64];
    /** Stable, kept, folds to itself, not a mark: a run of these is its own normal form. */
    private static final long[] IDENTITY = new long[BMP / 64];
    private static final char[] FOLD = new char[BMP];

    static {
        char[] one = new char[1];
        CharBuffer buf = CharBuffer.wrap(one);
        for (int c = 0; c < BMP; c++) {
            char ch = (char) c;
            one[0] = ch;
            buf.rewind();
            boolean surrogate = Character.isSurrogate(ch);
            boolean stable = !surrogate && Normalizer.isNormalized(buf, Normalizer.Form.NFKC);
            boolean mark = isMarkType(Character.getType(ch));
            boolean drop = dropped(ch);
            FOLD[c] = fold(ch);
            set(STABLE, c, stable);
            set(DROP, c, drop);
            set(MARK, c, mark);
            set(IDENTITY, c, stable && !drop && !mark && !surrogate && FOLD[c] == ch);
        }
    }

    private CharTables() {
    }

    static boolean stable(char c) {
        return get(STABLE, c);
    }

    static boolean isDropped(char c) {
        return get(DROP, c);
    }

    static boolean isMark(char c) {
        return get(MARK, c);
    }

    static boolean isIdentity(char c) {
        return get(IDENTITY, c);
    }

    static char folded(char c) {
        return FOLD[c];
    }

    static boolean isMarkType(int type) {
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    /** Arabic combining marks that fold away with nothing composed: all dropped marks but madda and hamzas. */
    static boolean isPlainArabicMark(char c) {
        return c >= '\u0610' && c <= '\u08FF' && get(DROP, c) && get(MARK, c) && (c < '\u0653' || c > '\u0655');
    }

    /** Presentation forms of harakat whose NFKC starts with a space that must not split the word. */
    static boolean isDiacriticForm(int cp) {
        return cp >= 0xFE70 && cp <= 0xFE7F || cp >= 0xFC5E && cp <= 0xFC63 || cp >= 0xFCF2 && cp <= 0xFCF4;
    }

    private static boolean dropped(char c) {
        return c == '\u0640' // tatweel
                || isArabicDiacritic(c)
                || c >= '\u200B' && c <= '\u200F' || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069'
                || c >= '\u2060' && c <= '\u2064' || c == '\uFEFF' || c == '\u061C' || c == '\u00AD';
    }

    private static boolean isArabicDiacritic(char c) {
        return c >= '\u0610' && c <= '\u061A' || c >= '\u064B' && c <= '\u065F' || c == '\u0670' || c == '\u0674'
                || c >= '\u06D6' && c <= '\u06DC' || c >= '\u06DF' && c <= '\u06E8' || c >= '\u06EA' && c <= '\u06ED'
                || c >= '\u0898' && c <= '\u089F' || c >= '\u08CA' && c <= '\u08FF' && c != '\u08E2';
    }

    private static char fold(char c) {
        switch (c) {
            case 'أ', 'إ', 'آ', 'ٱ', '\u0672', '\u0673':
                return 'ا';
            case 'ى', '\u06CC':
                return 'ي';
            case 'ة':
                return 'ه';
            case '\u06A9':
                return 'ك';
            case '\u066B':
                return '.';
            case '\u066C':
                return ',';
            case '\u066A':
                return '%';
            default:
                break;
        }
        if (c >= '\u0660' && c <= '\u0669') {
            return (char) ('0' + (c - '\u0660'));
        }
        if (c >= '\u06F0' && c <= '\u06F9') {
            return (char) ('0' + (c - '\u06F0'));
        }
        return c;
    }

    private static void set(long[] bits, int c, boolean on) {
        if (on) {
            bits[c >>> 6] |= 1L << c;
        }
    }

    private static boolean get(long[] bits, char c) {
        return (bits[c >>> 6] & (1L << c)) != 0;
    }
}
