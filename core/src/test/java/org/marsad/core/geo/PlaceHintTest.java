package org.marsad.core.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.core.text.ArabicNormalizer;
import org.marsad.core.text.Sentence;
import org.marsad.core.text.Token;
import org.marsad.core.text.Tokenizer;
import org.marsad.core.text.WordHints;

/** Tokens that carry the place scan's hint give the same places as tokens read word by word. */
class PlaceHintTest {
    private static final ArabicNormalizer NORMALIZER = new ArabicNormalizer();
    private static final PlaceFinder PLACES = new PlaceFinder(NORMALIZER);

    private static Sentence sentence(Tokenizer tokenizer, String text) {
        return new Sentence(0, text.length(), tokenizer.tokenize(text, 0, text.length()));
    }

    @Test
    void hintedTokensGiveTheSamePlaces() {
        Tokenizer hinted = new Tokenizer(NORMALIZER, new WordHints(List.of(PLACES.hint())));
        Tokenizer plain = new Tokenizer(NORMALIZER);
        List<String> texts = List.of(
                "قصفت الطائرات قرية كفرنبل في ريف إدلب الجنوبي صباح اليوم.",
                "وصل الوفد إلى القاهرة قادما من عمان ثم توجه إلى جنوب السودان.",
                "تظاهر المئات في مدينتي حلب وحمص وفي ريف دمشق.",
                "قال المتحدث إن الوضع هادئ ولا جديد يذكر.",
                "انفجرت عبوة ناسفة شمال مدينة الموصل وبغداد.");
        for (int pass = 0; pass < 2; pass++) { // the second pass reads remembered words
            for (String text : texts) {
                assertEquals(PLACES.find(text, sentence(plain, text)), PLACES.find(text, sentence(hinted, text)),
                        text);
            }
        }
    }

    @Test
    void theHintTellsWordsThatStartNoCueOrName() {
        Tokenizer hinted = new Tokenizer(NORMALIZER, new WordHints(List.of(PLACES.hint())));
        String text = "قال المتحدث في دمشق";
        List<Token> tokens = hinted.tokenize(text, 0, text.length());
        assertEquals(0, PLACES.hint().of(tokens.get(0)), "قال starts no cue and no name");
        assertEquals(0, PLACES.hint().of(tokens.get(1)), "المتحدث starts no cue and no name");
        assertEquals(1, PLACES.hint().of(tokens.get(2)), "في is a cue");
        assertEquals(1, PLACES.hint().of(tokens.get(3)), "دمشق is a name");
        assertFalse(PLACES.find(text, new Sentence(0, text.length(), tokens)).isEmpty());
        assertTrue(PLACES.hint().of(new Tokenizer(NORMALIZER).tokenize(text, 0, 3).get(0)) < 0,
                "a token made without the hint says so");
    }
}
