package org.marsad.core.lex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.marsad.core.text.ArabicNormalizer;
import org.marsad.core.text.RandomText;
import org.marsad.core.text.Sentence;
import org.marsad.core.text.Tokenizer;

/** Lexemes put together from a sentence's tokens are those of the sentence normalised and lexed whole. */
class SentenceLexemesTest {
    private static final ArabicNormalizer NORMALIZER = new ArabicNormalizer();
    private static final Tokenizer TOKENIZER = new Tokenizer(NORMALIZER);
    private static final String BEFORE = "عنوان الخبر.\n";

    private static Sentence tokenized(String page, int start) {
        return new Sentence(start, page.length(), TOKENIZER.tokenize(page, start, page.length()));
    }

    /** The lexemes of the sentence normalised and lexed whole, in one list. */
    private static List<Lexeme> whole(String page, Sentence s) {
        List<Lexeme> out = new ArrayList<>();
        Lexer.chunks(NORMALIZER.align(page.substring(s.start(), s.end())), s.start()).forEach(out::addAll);
        return out;
    }

    private static String describe(List<Lexeme> t) {
        StringBuilder b = new StringBuilder();
        for (Lexeme l : t) {
            b.append(l.kind()).append(':').append(l.text()).append('[').append(l.start()).append(',').append(l.end())
                    .append(")->[").append(l.pageEnd()).append(String.join("|", l.forms())).append(']');
            for (int k = 0; k < l.text().length(); k++) {
                b.append(' ').append(l.pageStart(k));
            }
            b.append('\n');
        }
        return b.toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "قُتِل ثلاثةُ أشخاصٍ يومَ ١٢/٣/٢٠٢٤، وأُصيب 1,200 آخرون.",
        "وصلت طائرةF16 عند الساعة 3.5 مساءً – و15 جريحاً (بينهم 4 أطفال).",
        "أعلنت الوزارة «14 آذار» أنّ الحصيلة بلغـــت ٣٥٠ قتيلاً؛ هل انتهى القصف؟",
        "ﻻ تزال الاشتباكات مستمرة منذ 2 - 5 أيام… والنازحون بالآلاف",
        "بين 10 و20 شخصاً في 12.05.2023 عند 10:30 صباحًا \u00A0 في «الموصل»",
        "قال المتحدث\u200F: إن 7 جنود قتلوا \uD83D\uDE00 أمس",
    })
    void lexemesFromTokensAreThoseOfTheWholeSentence(String sentence) {
        String page = BEFORE + sentence;
        Sentence s = tokenized(page, BEFORE.length());
        List<Lexeme> joined = SentenceLexemes.joined(NORMALIZER, page, s);
        assertNotNull(joined, "a tokenized sentence is put together from its tokens: " + sentence);
        assertEquals(describe(whole(page, s)), describe(joined));
    }

    @Test
    void randomTextLexesTheSameEitherWay() {
        String alphabet = "0123456789٠١٢٣٤٥٦٧٨٩,٬.٫-/:«» \n\u00A0قتلمأصيبنحوكثرلاهF ًٌٍَُّـ\u200B\u200C\u200E\u0301ﻻ…²\uD83D\uDE00";
        int joinedCount = 0;
        for (String text : RandomText.strings(17, alphabet, 3000, 60)) {
            String page = BEFORE + text;
            Sentence s = tokenized(page, BEFORE.length());
            List<Lexeme> joined = SentenceLexemes.joined(NORMALIZER, page, s);
            if (joined != null) {
                joinedCount++;
                assertEquals(describe(whole(page, s)), describe(joined), text);
            }
        }
        assertTrue(joinedCount > 1000, "most random sentences are put together from tokens: " + joinedCount);
    }

    @Test
    void aLetterRunAcrossADroppedCharIsLexedWhole() {
        String page = "قتلى\u200Bوجرحى 5";
        Sentence s = tokenized(page, 0);
        assertNull(SentenceLexemes.joined(NORMALIZER, page, s), "two tokens that normalise into one word");
        List<Lexeme> t = SentenceLexemes.of(NORMALIZER, page, s).get(0);
        assertEquals("قتليوجرحي", t.get(0).text());
        assertEquals(2, t.size());
    }

    @Test
    void aSentenceWithoutTokensIsLexedWhole() {
        String page = "أصيب 12 شخصاً";
        Sentence s = new Sentence(0, page.length(), List.of());
        assertNull(SentenceLexemes.joined(NORMALIZER, page, s));
        assertEquals(describe(whole(page, s)), describe(SentenceLexemes.of(NORMALIZER, page, s).get(0)));
    }

    @Test
    void occurrencesOfAWordShareItsSpelling() {
        String page = "قتلى هنا وقتلى هناك وقتلى";
        List<Lexeme> t = SentenceLexemes.of(NORMALIZER, page, tokenized(page, 0)).get(0);
        assertEquals("وقتلي", t.get(2).text());
        assertSame(t.get(2).text(), t.get(4).text());
        assertSame(t.get(2).forms(), t.get(4).forms());
        assertEquals(page.indexOf("وقتلى هناك"), t.get(2).pageStart(0));
        assertEquals(page.lastIndexOf("وقتلى"), t.get(4).pageStart(0));
    }

    private static List<Lexeme> flat(List<List<Lexeme>> chunks) {
        List<Lexeme> out = new ArrayList<>();
        chunks.forEach(out::addAll);
        return out;
    }

    /** A finder that opens on a number or one of these words. */
    private static final FormMarks OPENERS = new FormMarks(java.util.Map.of("قتل", 1, "اصيب", 1, "قتليوجرحي", 1));
    private static final Openers OPENING = new Openers(OPENERS);

    private static boolean opens(List<Lexeme> t) {
        return t.stream().anyMatch(l -> l.isNumber() || l.isWord() && l.marksIn(OPENERS) != 0);
    }

    @Test
    void aFinderGetsNoLexemesOnlyWhenNoneWouldOpenIt() {
        String alphabet = "0123456789٠١٢٣٤٥٦٧٨٩,٬.٫-/:«» \n\u00A0قتلمأصيبنحوكثرلاهF ًٌٍَُّـ\u200B\u200C\u200E\u0301ﻻ…²\uD83D\uDE00";
        int none = 0;
        List<String> texts = new ArrayList<>(RandomText.strings(23, alphabet, 3000, 12));
        texts.addAll(RandomText.strings(29, "قتلمأصيبنحوكثرلاه ،.«»\u00A0ًـ\u200B", 3000, 40)); // words, few numbers
        for (String text : texts) {
            String page = BEFORE + text;
            Sentence s = tokenized(page, BEFORE.length());
            List<List<Lexeme>> forFinder = SentenceLexemes.of(NORMALIZER, page, s, OPENING);
            List<Lexeme> all = whole(page, s);
            if (forFinder.isEmpty()) {
                none++;
                assertFalse(opens(all), text);
            } else {
                assertEquals(describe(all), describe(flat(forFinder)), text);
            }
        }
        assertTrue(none > 1000, "many random sentences open nothing: " + none);
    }

    @Test
    void aWordThatOnlyTheWholeSentenceMakesStillOpens() {
        String page = "قتلى\u200Bوجرحى هنا";
        Sentence s = tokenized(page, 0);
        assertEquals("قتليوجرحي", SentenceLexemes.of(NORMALIZER, page, s, OPENING).get(0).get(0).text());
        String calm = "وصل الوفد إلى المدينة، ثم غادر";
        assertTrue(SentenceLexemes.of(NORMALIZER, calm, tokenized(calm, 0), OPENING).isEmpty());
        String opened = "وصل الوفد إلى المدينة، ثم قتل";
        assertEquals(describe(whole(opened, tokenized(opened, 0))),
                describe(flat(SentenceLexemes.of(NORMALIZER, opened, tokenized(opened, 0), OPENING))));
    }
}
