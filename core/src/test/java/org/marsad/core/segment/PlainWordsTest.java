package org.marsad.core.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The first word's key read char by char from the table equals the key the normaliser gives. */
class PlainWordsTest {
    @Test
    void aWordOfPlainLettersHasTheKeyOfTheNormaliser() {
        assertEquals(PageCues.key("أعلن"), PlainWords.firstWord("أعلن الجيش"));
        assertEquals(PageCues.key("المدينة"), PlainWords.firstWord("المدينة التي"));
        assertEquals("news", PlainWords.firstWord("news from"));
        assertNull(PlainWords.firstWord("News from"), "a capital is left to the normaliser and lower-casing");
    }

    @Test
    void marksPunctuationAndAMissingSpaceLeaveItToTheNormaliser() {
        assertNull(PlainWords.firstWord("قَصف المدينة"), "a diacritic");
        assertNull(PlainWords.firstWord("«الجيش» يعلن"), "a quote");
        assertNull(PlainWords.firstWord("ΟΔΟΣ αθηνων"), "capital sigma lower-cases by context");
        assertNull(PlainWords.firstWord("الجيش"), "no space after the word");
        assertNull(PlainWords.firstWord(" الجيش يعلن"), "an empty first word");
    }

    @Test
    void everyTabledCharInAnyWordGivesTheNormalisersKey() {
        Random r = new Random(5L);
        int tabled = 0;
        for (int round = 0; round < 20000; round++) {
            StringBuilder word = new StringBuilder();
            for (int k = 1 + r.nextInt(8); k > 0; k--) {
                word.append((char) (r.nextBoolean() ? 0x0600 + r.nextInt(0x100) : r.nextInt(0x0700)));
            }
            String text = word + " " + "الجيش";
            String fast = PlainWords.firstWord(text);
            if (fast != null) {
                tabled++;
                int space = text.indexOf(' ');
                assertEquals(PageCues.key(text.substring(0, space)), fast, text);
            }
        }
        assertTrue(tabled > 1000, "many random words are plain");
    }
}
