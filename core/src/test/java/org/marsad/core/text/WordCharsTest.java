package org.marsad.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The tokenizer's char table says what {@link Character} says, for every char of the Basic Multilingual Plane. */
class WordCharsTest {
    private static byte expected(int cp) {
        if (Character.isLetterOrDigit(cp)) {
            if (Character.isDigit(cp)) {
                return WordChars.DIGIT;
            }
            return Tokenizer.isArabicBlock(cp) ? WordChars.ARABIC : WordChars.OTHER;
        }
        int type = Character.getType(cp);
        boolean mark = type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
        return mark ? WordChars.MARK : WordChars.NONE;
    }

    @Test
    void everyCharIsClassedAsCharacterDefinesIt() {
        for (int c = 0; c <= 0xFFFF; c++) {
            int cp = c;
            assertEquals(expected(cp), WordChars.of(cp), () -> "U+" + Integer.toHexString(cp));
        }
    }

    @Test
    void supplementaryCharsAreClassedToo() {
        assertEquals(WordChars.OTHER, WordChars.of(0x1D400)); // mathematical bold capital A
        assertEquals(WordChars.DIGIT, WordChars.of(0x1D7CE)); // mathematical bold digit zero
        assertEquals(WordChars.NONE, WordChars.of(0x1F600)); // an emoji
    }

    @Test
    void theArabicLettersDigitsAndMarksOfNewsText() {
        assertEquals(WordChars.ARABIC, WordChars.of('ق'));
        assertEquals(WordChars.ARABIC, WordChars.of('\u0640')); // tatweel is a modifier letter
        assertEquals(WordChars.DIGIT, WordChars.of('٣'));
        assertEquals(WordChars.MARK, WordChars.of('\u064E')); // fatha
        assertTrue(WordChars.of('،') < WordChars.DIGIT);
    }
}
