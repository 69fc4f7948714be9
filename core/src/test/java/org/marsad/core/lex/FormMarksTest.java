package org.marsad.core.lex;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
    void moreMapsThanAWordHasRoomForStillAnswerEach() {
        int maps = 3 * Spelling.ROOMS;
        FormMarks[] fresh = new FormMarks[maps];
        FormMarks[] remembered = new FormMarks[maps];
        for (int k = 0; k < maps; k++) {
            Map<String, Integer> m = words("الوفد", "بالمحافظ", "وفد", "المدينه");
            m.put("اخر", k == 0 ? 1 << 31 : k); // each map answers differently, the top bit included
            fresh[k] = new FormMarks(m);
            remembered[k] = FormMarks.remembered(m);
        }
        for (int round = 0; round < 2; round++) {
            for (Lexeme l : lexemes()) {
                for (int k = 0; k < maps; k++) { // maps sharing a room take turns in it
                    assertEquals(l.marksIn(fresh[k]), l.marksIn(remembered[k]), l.text() + " map " + k);
                }
            }
        }
    }
}
