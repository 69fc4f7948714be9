package org.marsad.core.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.core.text.ArabicNormalizer;
import org.marsad.core.text.Sentence;
import org.marsad.core.text.Token;
import org.marsad.core.text.Tokenizer;
import org.marsad.core.text.WordHints;

/** Tokens that carry the actor scan's hint give the same actors as tokens read word by word. */
class ActorHintTest {
    private static final ArabicNormalizer NORMALIZER = new ArabicNormalizer();
    private static final ActorRecognizer ACTORS = new ActorRecognizer(NORMALIZER);
    private static final LocalDate DATE = LocalDate.of(2024, 5, 1);

    private static Sentence sentence(Tokenizer tokenizer, String text) {
        return new Sentence(0, text.length(), tokenizer.tokenize(text, 0, text.length()));
    }

    @Test
    void hintedTokensGiveTheSameActors() {
        Tokenizer hinted = new Tokenizer(NORMALIZER, new WordHints(List.of(ACTORS.lexicon().hint())));
        Tokenizer plain = new Tokenizer(NORMALIZER);
        List<String> texts = List.of(
                "قال وزير الخارجية الروسي سيرغي لافروف إن الجيش السوري تقدم.",
                "اعتقلت الشرطة المصرية عشرات المتظاهرين أمام مجلس النواب.",
                "وأعلن الرئيس الأمريكي أن القوات الأمريكية ستنسحب من العراق.",
                "قال المتحدث إن الوضع هادئ ولا جديد يذكر.",
                "واتهمت حركة حماس الحكومة الإسرائيلية بخرق الهدنة.");
        for (int pass = 0; pass < 2; pass++) { // the second pass reads remembered words
            for (String text : texts) {
                assertEquals(ACTORS.find(text, sentence(plain, text), DATE),
                        ACTORS.find(text, sentence(hinted, text), DATE), text);
            }
        }
    }

    @Test
    void theHintTellsWordsThatStartNoEntry() {
        Tokenizer hinted = new Tokenizer(NORMALIZER, new WordHints(List.of(ACTORS.lexicon().hint())));
        String text = "قال الجيش السوري";
        List<Token> tokens = hinted.tokenize(text, 0, text.length());
        assertEquals(0, ACTORS.lexicon().hint().of(tokens.get(0)), "قال starts no actor");
        assertEquals(1, ACTORS.lexicon().hint().of(tokens.get(1)), "الجيش starts one");
        assertFalse(ACTORS.find(text, new Sentence(0, text.length(), tokens), DATE).isEmpty());
    }
}
