package org.marsad.core.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.core.text.ArabicNormalizer;
import org.marsad.core.text.Sentence;
import org.marsad.core.text.Token;
import org.marsad.core.text.Tokenizer;
import org.marsad.core.text.WordHints;
import org.marsad.core.time.DateResolver;

/** Tokens that carry the finders' quiet hints give the same dates and counts as tokens read word by word. */
class QuietHintTest {
    private static final ArabicNormalizer NORMALIZER = new ArabicNormalizer();
    private static final CountFinder COUNTS = new CountFinder(NORMALIZER);
    private static final DateResolver DATES = new DateResolver(NORMALIZER);
    private static final LocalDate PUBLISHED = LocalDate.of(2025, 3, 4);

    private static Sentence sentence(Tokenizer tokenizer, String text) {
        return new Sentence(0, text.length(), tokenizer.tokenize(text, 0, text.length()));
    }

    @Test
    void hintedTokensGiveTheSameDatesAndCounts() {
        Tokenizer hinted = new Tokenizer(NORMALIZER,
                new WordHints(List.of(DATES.quietHint(), COUNTS.quietHint())));
        Tokenizer plain = new Tokenizer(NORMALIZER);
        List<String> texts = List.of(
                "قتل خمسة جنود وأصيب عشرة آخرون في هجوم يوم الاثنين الماضي.",
                "واعتقلت الشرطة 20 متظاهرا في 3 آذار 2025.",
                "وقال المتحدث إن الوضع هادئ في المدينة ولا جديد يذكر.",
                "التقى الوزير نظيره أمس وبحثا العلاقات بين البلدين.");
        for (int pass = 0; pass < 2; pass++) {
            for (String text : texts) {
                Sentence a = sentence(hinted, text);
                Sentence b = sentence(plain, text);
                assertEquals(COUNTS.find(text, b), COUNTS.find(text, a), text);
                assertEquals(DATES.find(text, b, PUBLISHED), DATES.find(text, a, PUBLISHED), text);
            }
        }
    }

    @Test
    void theWordsOfAPlainSentenceAreToldQuiet() {
        Tokenizer hinted = new Tokenizer(NORMALIZER, new WordHints(List.of(COUNTS.quietHint())));
        String text = "وقال المتحدث إن الوضع هادئ في المدينة.";
        long quiet = hinted.tokenize(text, 0, text.length()).stream()
                .filter((Token t) -> COUNTS.quietHint().of(t) == 1).count();
        assertTrue(quiet >= 5, "plain words are quiet: " + quiet);
    }
}
