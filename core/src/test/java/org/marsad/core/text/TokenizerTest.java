package org.marsad.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One method per tokenising or clitic rule, on words and sentences written for these tests. */
class TokenizerTest {
    private final Tokenizer tokenizer = new Tokenizer(new ArabicNormalizer());

    private Token word(String w) {
        List<Token> tokens = tokenizer.tokenize(w, 0, w.length());
        assertEquals(1, tokens.size(), "one token for " + w);
        return tokens.get(0);
    }

    private void hasForm(String word, String form) {
        assertTrue(word(word).hasForm(form), word + " should have form " + form + ", has " + word(word).forms());
    }

    private void lacksForm(String word, String form) {
        assertFalse(word(word).hasForm(form), word + " should not have form " + form + ", has " + word(word).forms());
    }

    private List<String> surfaces(String text) {
        return tokenizer.tokenize(text, 0, text.length()).stream().map(Token::surface).toList();
    }

    @Test
    void theTokensOfAShortAndOfAVeryLongRangeAreImmutableListsOfTheirOwn() {
        String sentence = "وصل الوفد إلى القاهرة صباح اليوم. ";
        String page = sentence.repeat(200); // longer than the tokenizer's reused room
        List<Token> first = tokenizer.tokenize(sentence, 0, sentence.length());
        List<Token> all = tokenizer.tokenize(page, 0, page.length());
        List<Token> again = tokenizer.tokenize(sentence, 0, sentence.length());
        assertEquals(6, first.size());
        assertEquals(1200, all.size());
        assertEquals(first, again);
        assertEquals("القاهرة", all.get(1199 - 2).surface());
        assertThrows(UnsupportedOperationException.class, () -> first.add(first.get(0)));
        assertThrows(UnsupportedOperationException.class, () -> all.set(0, first.get(0)));
        Sentence s = new Sentence(0, sentence.length(), first);
        assertSame(first, s.tokens(), "a sentence keeps the tokenizer's list without copying it");
    }

    @Test
    void prepositionAndArticleAreStripped() {
        hasForm("بالقصف", "قصف");
        hasForm("بالقصف", "القصف");
        assertEquals("بال", word("بالقصف").proclitics());
    }

    @Test
    void conjunctionIsStripped() {
        hasForm("وقصفت", "قصفت");
        hasForm("فانسحبت", "انسحبت");
    }

    @Test
    void futureSinIsStrippedBeforeAPresentPrefix() {
        hasForm("سيجتمع", "يجتمع");
        hasForm("ستنسحب", "تنسحب");
        assertEquals("س", word("سيجتمع").proclitics());
        lacksForm("سلام", "لام"); // ل is no present-tense prefix
        lacksForm("سنة", "نه"); // too short for a present verb
    }

    @Test
    void conjunctionThenFuture() {
        hasForm("وسيجتمع", "يجتمع");
        assertEquals("وس", word("وسيجتمع").proclitics());
    }

    @Test
    void lamLamIsLamPlusArticle() {
        hasForm("للجيش", "جيش");
        hasForm("للجيش", "الجيش"); // the definite form, so "الجيش ..." lexicon entries match
        assertEquals("لل", word("للجيش").proclitics());
        assertTrue(word("للجيش").definite());
        hasForm("للبنان", "لبنان"); // and ل before a name that starts with ل
    }

    @Test
    void conjunctionPrepositionArticleInOrder() {
        Token t = word("وبالقصف");
        assertEquals(List.of("وبالقصف", "بالقصف", "القصف", "قصف"), t.forms());
        assertEquals("وبال", t.proclitics());
        hasForm("فللمدنيين", "مدنيين");
    }

    @Test
    void kafWithArticle() {
        hasForm("كالعادة", "عاده");
    }

    @Test
    void definiteMeansTheArticleWasStripped() {
        assertTrue(word("الجيش").definite());
        assertTrue(word("وبالقصف").definite());
        assertFalse(word("بقصف").definite());
        assertFalse(word("جيش").definite());
    }

    @Test
    void pronounIsStrippedFromAPlural() {
        hasForm("قواتها", "قوات");
        assertEquals("ها", word("قواتها").enclitic());
        hasForm("منهم", "من");
    }

    @Test
    void constructTehIsRestoredToNormalisedTehMarbuta() {
        hasForm("حكومته", "حكومه");
        hasForm("قناتها", "قناه");
    }

    @Test
    void seatedHamzaIsRestoredBeforeAPronoun() {
        hasForm("لقائه", "لقاء");
        hasForm("أعضاؤها", "اعضاء");
        hasForm("وزرائهم", "وزراء");
    }

    @Test
    void accusativeTanweenAlefIsStripped() {
        hasForm("جنودا", "جنود");
        hasForm("هجوما", "هجوم");
        hasForm("وهجوما", "هجوم");
        lacksForm("هذا", "هذ"); // too short
        lacksForm("الدنيا", "الدني"); // a definite noun has no tanween
    }

    @Test
    void proclisisAndEnclisisTogether() {
        Token t = word("بقواتهم");
        assertTrue(t.hasForm("قوات"), t.forms().toString());
        assertEquals("ب", t.proclitics());
        assertEquals("هم", t.enclitic());
    }

    @Test
    void shortWordsAreNotStripped() {
        for (String w : List.of("ال", "لن", "لم", "بل", "له", "في", "لل")) {
            assertEquals(List.of(new ArabicNormalizer().normalize(w)), word(w).forms(), w);
            assertFalse(word(w).hasClitics(), w);
        }
    }

    @Test
    void finalTehMarbutaIsNoPronoun() {
        lacksForm("مدينة", "مدين");
        hasForm("مدينه", "مدين"); // written with heh it may be a pronoun
    }

    @Test
    void nisbaYehIsNoPronoun() {
        lacksForm("لبناني", "لبنان");
        lacksForm("مصري", "مصر");
    }

    @Test
    void definiteFormsTakeNoPronoun() {
        lacksForm("الحكومته", "الحكومه");
    }

    @Test
    void formsStartWithNormAndHaveNoDuplicates() {
        for (String w : List.of("وللجيش", "بيته", "فلسطين", "والده", "وزيره", "كتاب", "الله")) {
            Token t = word(w);
            assertEquals(t.norm(), t.forms().get(0), w);
            assertEquals(t.forms().size(), new HashSet<>(t.forms()).size(), w + " " + t.forms());
            assertEquals(t.forms(), word(w).forms(), "deterministic " + w);
        }
    }

    @Test
    void latinWordsAndNumbersHaveOneForm() {
        assertEquals(List.of("NATO"), word("NATO").forms());
        assertEquals(List.of("1,200"), word("1,200").forms());
    }

    @Test
    void wordsAreRunsOfLettersAndDigitsWithExactOffsets() {
        String text = "قال الجيشُ: قُتل ٣ جنود.";
        List<Token> tokens = tokenizer.tokenize(text, 0, text.length());
        assertEquals(List.of("قال", "الجيشُ", "قُتل", "٣", "جنود"), tokens.stream().map(Token::surface).toList());
        assertEquals(4, tokens.get(1).start()); // the damma belongs to the word: [4,10)
        assertEquals(10, tokens.get(1).end());
        assertEquals("3", tokens.get(3).norm());
        for (Token t : tokens) {
            assertEquals(t.surface(), t.span().of(text));
        }
    }

    @Test
    void numbersKeepTheirSeparators() {
        assertEquals(List.of("بلغ", "3.5", "و", "1,200", "٣٫٥"), surfaces("بلغ 3.5 و1,200 ٣٫٥"));
        assertEquals(List.of("عام", "2020"), surfaces("عام 2020."));
        assertEquals(List.of("12", "30"), surfaces("12:30"));
    }

    @Test
    void arabicLettersAndDigitsSplitButLatinStaysTogether() {
        assertEquals(List.of("قتيلا", "و", "15", "جريحا"), surfaces("قتيلا و15 جريحا"));
        assertEquals(List.of("طائرة", "F16"), surfaces("طائرة F16"));
    }

    @Test
    void tatweelMarksAndJoinersStayInsideAWord() {
        assertEquals(List.of("الجيـــش"), surfaces("الجيـــش"));
        assertEquals("الجيش", word("الجيـــش").norm());
        assertEquals(List.of("می\u200Cخواهم"), surfaces("می\u200Cخواهم"));
        assertEquals(List.of("قال"), surfaces("\u200Cقال\u200C"));
        assertEquals(List.of("بيروت", "وكالات"), surfaces("بيروت ـ وكالات"));
        assertEquals(List.of("قال"), surfaces("ـقال"));
    }

    @Test
    void presentationFormsAreWords() {
        assertEquals("لا", word("ﻻ").norm());
        assertEquals("الجيش", word("\uFE8D\uFEDF\uFEA0\uFEF4\uFEB6").norm());
    }

    @Test
    void isNumberFollowsTheNormalisedDigits() {
        assertTrue(word("12").isNumber());
        assertTrue(word("١٢").isNumber());
        assertTrue(word("3.5").isNumber());
        assertFalse(word("F16").isNumber());
        assertFalse(word("قال").isNumber());
        assertFalse(word("x12").isNumber());
    }

    @Test
    void onlyTheGivenRangeIsTokenised() {
        String text = "قال الجيش امس";
        List<Token> tokens = tokenizer.tokenize(text, 4, 9);
        assertEquals(1, tokens.size());
        assertEquals(4, tokens.get(0).start());
        assertEquals(9, tokens.get(0).end());
    }
}
