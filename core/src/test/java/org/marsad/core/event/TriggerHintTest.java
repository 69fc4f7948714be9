package org.marsad.core.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.core.text.ArabicNormalizer;
import org.marsad.core.text.Token;
import org.marsad.core.text.Tokenizer;
import org.marsad.core.text.WordHints;

/** Tokens that carry the trigger hint give the same triggers as tokens read word by word. */
class TriggerHintTest {
    private static final ArabicNormalizer NORMALIZER = new ArabicNormalizer();
    private static final EventCoder CODER = EventCoder.standard(NORMALIZER);

    @Test
    void hintedTokensFindTheSameTriggers() {
        Tokenizer hinted = new Tokenizer(NORMALIZER, new WordHints(List.of(CODER.triggerHint())));
        Tokenizer plain = new Tokenizer(NORMALIZER);
        List<String> sentences = List.of(
                "قصفت الطائرات الحربية قرية في ريف حلب أمس وقتل خمسة مدنيين.",
                "سيجتمع وزير الخارجية بنظيره التركي في أنقرة الأسبوع المقبل لبحث اتفاق وقف إطلاق النار.",
                "واعتقلت الشرطة عشرين متظاهرا خرجوا للاحتجاج على غلاء الأسعار.",
                "هدد رئيس الوزراء بالاستقالة إذا لم يوافق البرلمان على الميزانية.",
                "وقال المتحدث إن الوضع هادئ في المدينة ولا جديد يذكر.");
        int found = 0;
        for (int pass = 0; pass < 2; pass++) {
            for (String s : sentences) {
                List<Token> a = hinted.tokenize(s, 0, s.length());
                List<Token> b = plain.tokenize(s, 0, s.length());
                assertEquals(CODER.triggers(b), CODER.triggers(a), s);
                found += CODER.triggers(a).size();
            }
        }
        assertTrue(found >= 8, "the sentences hold triggers: " + found);
    }

    @Test
    void wordsReadAloneGiveWhatTheLexiconGivesInPlace() {
        TriggerMatcher matcher = new TriggerMatcher(TriggerLexicon.load(NORMALIZER));
        Tokenizer hinted = new Tokenizer(NORMALIZER, new WordHints(List.of(matcher.hint())));
        List<String> sentences = List.of(
                "قصفت الطائرات قرية وقتل خمسة مدنيين في قصف استهدف السوق، وبقصف آخر قتلت امرأة.",
                "من خطف الصحفي؟ وسيقصف الجيش المواقع وفسيعتقلون المتهمين بعد عملية قتل في المدينة.",
                "اتفق الطرفان على وقف إطلاق النار وتنفيذ اتفاق وقف إطلاق النار، ثم هاجم مسلحون الحاجز.",
                "تظاهر المئات واعتصموا أمام الوزارة احتجاجا على اعتقال الناشطين وقتلى الهجوم.",
                "هدد الوزير بالاستقالة وطالب بإطلاق سراح المعتقلين وأدان اغتيال القاضي.");
        int found = 0;
        for (int pass = 0; pass < 2; pass++) {
            for (String s : sentences) {
                List<Token> tokens = hinted.tokenize(s, 0, s.length());
                List<TriggerHit> fast = matcher.find(tokens);
                assertEquals(matcher.find(tokens, false), fast, s);
                found += fast.size();
            }
        }
        assertTrue(found >= 20, "the sentences hold triggers: " + found);
    }

    @Test
    void hintedTokensFindTheSameCues() {
        CueLexicon cues = CueLexicon.load(NORMALIZER);
        Tokenizer hinted = new Tokenizer(NORMALIZER, new WordHints(List.of(cues.hint())));
        Tokenizer plain = new Tokenizer(NORMALIZER);
        for (String s : List.of("لم تقع إصابات أمس بعد أن أعلن الجيش أنه سيقصف المواقع غدا.",
                "وكان المتظاهرون قد تجمعوا العام الماضي للمطالبة بالإفراج عن المعتقلين.")) {
            for (int pass = 0; pass < 2; pass++) {
                var a = cues.find(hinted.tokenize(s, 0, s.length()));
                var b = cues.find(plain.tokenize(s, 0, s.length()));
                assertEquals(b.toString(), a.toString(), s);
                assertTrue(!a.isEmpty(), "the sentence holds cues: " + s);
            }
        }
    }

    @Test
    void mostWordsStartNoTrigger() {
        Tokenizer hinted = new Tokenizer(NORMALIZER, new WordHints(List.of(CODER.triggerHint())));
        String s = "وقال المتحدث إن الوضع هادئ في المدينة ولا جديد يذكر.";
        long none = hinted.tokenize(s, 0, s.length()).stream().filter(t -> CODER.triggerHint().of(t) == 0).count();
        assertTrue(none >= 6, "words that start no trigger are told so: " + none);
    }
}
