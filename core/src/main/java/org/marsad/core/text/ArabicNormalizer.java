package org.marsad.core.text;

/**
 * Folds Arabic text for matching: presentation forms to letters, tatweel and diacritics removed,
 * alef variants to ا, ى to ي, ة to ه, Arabic-Indic digits to ASCII. Thread-safe and stateless.
 * FIRST VERSION: char-by-char folding without NFKC; see the text package tests for what it must do.
 */
public final class ArabicNormalizer {

    /** Normalises {@code text} and keeps, for each output char, the original chars it came from. */
    public AlignedText align(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int[] starts = new int[text.length()];
        int[] ends = new int[text.length()];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = fold(text.charAt(i));
            if (c == 0) {
                continue;
            }
            out.append(c);
            starts[n] = i;
            ends[n] = i + 1;
            n++;
        }
        return new AlignedText(text, out.toString(), java.util.Arrays.copyOf(starts, n), java.util.Arrays.copyOf(ends, n));
    }

    /** The normalised form of a word or phrase (lexicon keys and tokens). */
    public String normalize(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = fold(text.charAt(i));
            if (c != 0) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The folded char, or 0 when the char is dropped. */
    static char fold(char c) {
        if (c >= '\u064B' && c <= '\u065F' || c == '\u0670' || c == '\u0640') {
            return 0;
        }
        switch (c) {
            case 'أ', 'إ', 'آ', 'ٱ':
                return 'ا';
            case 'ى':
                return 'ي';
            case 'ة':
                return 'ه';
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
}
