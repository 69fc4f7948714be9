package org.marsad.core.quantity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LexemeTest {
    /** Words with every proclitic case: none, و/ف, ب/ل/ك, both, لل, and too short to strip. */
    private static final String TEXT = "والقتلى للجرحى وبالمدينة فلكل كتاب بيت ولد وب فالسوق بالامس وللاطفال 2025 ، و12";

    @Test
    void lexedWordsHaveTheFormsOfTheSameWordBuiltAlone() {
        for (Lexeme l : Lexer.lex(TEXT)) {
            Lexeme alone = new Lexeme(l.kind(), l.text(), l.start(), l.end());
            assertEquals(TEXT.substring(l.start(), l.end()), l.text());
            assertArrayEquals(alone.forms(), l.forms(), l.text());
        }
    }

    @Test
    void anyFormInFindsEachStrippedFormAndNothingElse() {
        for (Lexeme l : Lexer.lex(TEXT)) {
            for (String f : l.forms()) {
                assertTrue(l.anyFormIn(new FormSet(Set.of(f, "غيرها"))), l.text() + " / " + f);
            }
            assertFalse(l.anyFormIn(new FormSet(Set.of("غيرها", l.text() + "ه", "ا" + l.text()))), l.text());
        }
    }

    @Test
    void theLaamLaamFormIsReadAsTheDefiniteArticle() {
        Lexeme l = Lexer.lex("للجرحى").get(0);
        assertEquals(List.of("للجرحى", "الجرحى"), List.of(l.forms()));
        assertTrue(l.anyFormIn(new FormSet(Set.of("الجرحى"))));
        assertFalse(l.anyFormIn(new FormSet(Set.of("لجرحى"))));
    }

    @Test
    void punctuationAndDigitsKeepTheirTextAsTheOnlyForm() {
        List<Lexeme> t = Lexer.lex("قتل 1,200 ، شخص");
        assertTrue(t.get(1).isNumber());
        assertEquals(1200, t.get(1).digitValue());
        assertTrue(t.get(2).isPunct('،'));
        assertTrue(t.get(1).anyFormIn(new FormSet(Set.of("1,200"))));
        assertFalse(t.get(2).anyFormIn(new FormSet(Set.of("شخص"))));
    }
}
