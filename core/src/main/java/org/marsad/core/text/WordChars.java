package org.marsad.core.text;

/**
 * What each char is to the tokenizer, from {@link Character}'s own properties, looked up in a table for the Basic
 * Multilingual Plane (computed once) instead of asked char by char: a word char is a letter or digit, and a word
 * splits where Arabic letters and digits meet. Classes are ordered so that {@code >= DIGIT} means "letter or
 * digit".
 */
final class WordChars {
    /** Neither a letter, a digit nor a combining mark. */
    static final byte NONE = 0;
    /** A combining mark (non-spacing, enclosing or spacing), not a letter or digit. */
    static final byte MARK = 1;
    /** A digit ({@link Character#isDigit}). */
    static final byte DIGIT = 2;
    /** A letter in the Arabic blocks (tatweel included: it is a modifier letter). */
    static final byte ARABIC = 3;
    /** Any other letter. */
    static final byte OTHER = 4;

    private static final byte[] BMP = new byte[0x10000];

    static {
        for (int c = 0; c < BMP.length; c++) {
            BMP[c] = compute(c);
        }
    }

    private WordChars() {
    }

    /** The class of code point {@code cp}. */
    static byte of(int cp) {
        return cp < BMP.length ? BMP[cp] : compute(cp);
    }

    private static byte compute(int cp) {
        if (Character.isLetterOrDigit(cp)) {
            if (Character.isDigit(cp)) {
                return DIGIT;
            }
            return Tokenizer.isArabicBlock(cp) ? ARABIC : OTHER;
        }
        return CharTables.isMarkType(Character.getType(cp)) ? MARK : NONE;
    }
}
