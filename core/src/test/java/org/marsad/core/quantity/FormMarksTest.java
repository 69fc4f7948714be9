package org.marsad.core.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marsad.core.text.ArabicNormalizer;
import org.marsad.core.text.Sentence;
import org.marsad.core.text.Tokenizer;

/** A map whose answers are remembered with the words gives the answers of the same map asked afresh. */
class FormMarksTest {
    private static final ArabicNormalizer NORMALIZER = new ArabicNormalizer();
    private static final String PAGE = "وصل الوفد إلى المدينة، والتقى الوفد بالمحافظ وللمدينة وفد آخر 12";

    private static List<Lexeme> lexemes() {
        Sentence s = new Sentence(0, PAGE.length(), new Tokenizer(NORMALIZER).tokenize(PAGE, 0, PAGE.length()));
        return SentenceLexemes.of(NORMALIZER, PAGE, s).get(0);
    }

    private static Map<String, Integer> words(String... w) {
        Map<String, Integer> m = new HashMap<>();
        for (int k = 0; k < w.length; k++) {
            m.merge(w[k], 1 << k, (x, y) -> x | y);
        }
        return m;
    }

    @Test
    void rememberedMarksAreThoseOfTheMapAskedAfresh() {
        Map<String, Integer> a = words("الوفد", "وفد", "المدينه", "محافظ", "12");
        Map<String, Integer> b = words("المدينه", "مدينه", "وصل", "اخر");
        FormMarks rememberedA = FormMarks.remembered(a);
        FormMarks rememberedB = FormMarks.remembered(b);
        FormMarks freshA = new FormMarks(a);
        FormMarks freshB = new FormMarks(b);
        for (int round = 0; round < 3; round++) { // the first round works the marks out, the others read them
            for (Lexeme l : lexemes()) {
                assertEquals(l.marksIn(freshA), l.marksIn(rememberedA), l.text());
                assertEquals(l.marksIn(freshB), l.marksIn(rememberedB), l.text());
            }
        }
    }

    @Test
    void mapsMadeAfterTheSlotsRunOutStillAnswer() {
        Map<String, Integer> a = words("الوفد", "بالمحافظ");
        FormMarks fresh = new FormMarks(a);
        for (int k = 0; k <= FormMarks.SLOTS; k++) {
            FormMarks m = FormMarks.remembered(a);
            for (Lexeme l : lexemes()) {
                assertEquals(l.marksIn(fresh), l.marksIn(m), l.text());
            }
        }
    }

    @Test
    void aRememberedMapRefusesTheTopBit() {
        assertThrows(IllegalArgumentException.class, () -> FormMarks.remembered(Map.of("وفد", 1 << 31)));
    }
}
