package org.marsad.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tokenizer remembers words and views remember their forms: neither may change what a token says. */
class WordMemoryTest {
    private final Tokenizer tokenizer = new Tokenizer(new ArabicNormalizer());

    @Test
    void aWordSeenBeforeKeepsItsOwnOffsetsAndTheSameAnalysis() {
        String text = "وصل الوفد إلى المدينة ثم غادر الوفد المدينة";
        List<Token> tokens = tokenizer.tokenize(text, 0, text.length());
        Token first = tokens.get(1);
        Token again = tokens.get(6);
        assertEquals("الوفد", again.surface());
        assertEquals(text.indexOf("الوفد", first.end()), again.start());
        assertEquals(again.start() + again.surface().length(), again.end());
        assertEquals(first.forms(), again.forms());
        Token fresh = new Tokenizer(new ArabicNormalizer()).word(text, again.start(), again.end());
        assertEquals(fresh, again);
    }

    @Test
    void aViewGivesEveryOccurrenceTheFormsItsFunctionGives() {
        TokenViews firstTwo = new TokenViews(t -> t.forms().subList(0, Math.min(2, t.forms().size())));
        String text = "بالمدينة الكبيرة وبالمدينة ثم بالمدينة";
        List<Token> tokens = tokenizer.tokenize(text, 0, text.length());
        for (Token t : tokens) {
            Token v = firstTwo.of(t);
            assertEquals(t.forms().subList(0, Math.min(2, t.forms().size())), v.forms());
            assertEquals(t.start(), v.start());
            assertEquals(t.end(), v.end());
        }
        Token last = tokens.get(tokens.size() - 1);
        assertNotSame(last, firstTwo.of(last));
    }

    @Test
    void aViewThatChangesNothingReturnsTheTokenItself() {
        TokenViews same = new TokenViews(t -> new ArrayList<>(t.forms()));
        String text = "الحكومة الحكومة";
        for (Token t : tokenizer.tokenize(text, 0, text.length())) {
            assertSame(t, same.of(t));
        }
    }
}
