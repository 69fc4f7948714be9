package org.marsad.core.lex;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LexemeTest {
    /** Words with every proclitic case: none, و/ف, ب/ل/ك, both, لل, and too short to strip. */
    private static final String TEXT = "والقتلى للجرحى وبالمدينة فلكل كتاب بيت ولد وب فالسوق بالامس وللاطفال 2025 ، و12";

    /** Each word marked with a bit of its own, so a test also sees which form matched. */
    private static FormMarks marks(String... words) {
        Map<String, Integer> m = new HashMap<>();
        for (int k = 0; k < words.length; k++) {
            m.put(words[k], 1 << k);
        }
        return new FormMarks(m);
    }

    @Test
    void marksOfAllMatchingFormsAreJoined() {
        Lexeme l = Lexer.lex("وللاطفال").get(0); // forms: وللاطفال, للاطفال, الاطفال
        assertEquals(List.of("وللاطفال", "للاطفال", "الاطفال"), List.of(l.forms()));
        assertEquals(1 | 4, l.marksIn(marks("الاطفال", "اطفال", "وللاطفال")));
    }

    @Test
    void lexedWordsHaveTheFormsOfTheSameWordBuiltAlone() {
        for (Lexeme l : Lexer.lex(TEXT)) {
            Lexeme alone = new Lexeme(l.kind(), l.text(), l.start(), l.end());
            assertEquals(TEXT.substring(l.start(), l.end()), l.text());
            assertArrayEquals(alone.forms(), l.forms(), l.text());
        }
    }

    @Test
    void marksInFindEachStrippedFormAndNothingElse() {
        for (Lexeme l : Lexer.lex(TEXT)) {
            for (String f : l.forms()) {
                assertTrue(l.marksIn(marks(f, "غيرها")) != 0, l.text() + " / " + f);
            }
            assertFalse(l.marksIn(marks("غيرها", l.text() + "ه", "ا" + l.text())) != 0, l.text());
        }
    }

    @Test
    void theLaamLaamFormIsReadAsTheDefiniteArticle() {
        Lexeme l = Lexer.lex("للجرحى").get(0);
        assertEquals(List.of("للجرحى", "الجرحى"), List.of(l.forms()));
        assertTrue(l.marksIn(marks("الجرحى")) != 0);
        assertFalse(l.marksIn(marks("لجرحى")) != 0);
    }

    @Test
    void punctuationAndDigitsKeepTheirTextAsTheOnlyForm() {
        List<Lexeme> t = Lexer.lex("قتل 1,200 ، شخص");
        assertTrue(t.get(1).isNumber());
        assertEquals(1200, t.get(1).digitValue());
        assertTrue(t.get(2).isPunct('،'));
        assertTrue(t.get(1).marksIn(marks("1,200")) != 0);
        assertFalse(t.get(2).marksIn(marks("شخص")) != 0);
    }

    /** {@link Lexeme#is} tells a key apart by the forms' hashes first: it still finds each form and nothing else. */
    @Test
    void isFindsEachFormAndNothingElse() {
        List<Lexeme> t = Lexer.lex(TEXT);
        List<String> keys = new java.util.ArrayList<>();
        for (Lexeme l : t) {
            keys.addAll(List.of(l.forms()));
            keys.add(l.text() + "ا");
            keys.add(l.text().substring(1));
        }
        for (Lexeme l : t) {
            for (String key : keys) {
                assertEquals(List.of(l.forms()).contains(key), l.is(key), l + " is " + key);
            }
        }
    }
}
