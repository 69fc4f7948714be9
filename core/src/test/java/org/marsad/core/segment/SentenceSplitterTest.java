package org.marsad.core.segment;


import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.model.Span;

/** One method per splitting rule, on sentences written for these tests. */
class SentenceSplitterTest {
    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> split(String text) {
        return splitter.split(text, 0, text.length()).stream().map(s -> s.of(text)).toList();
    }

    @Test
    void splitsAtArabicAndLatinTerminators() {
        assertEquals(List.of("هل انتهت الحرب؟", "لا أحد يعرف.", "انتهى!", "حقا?"),
                split("هل انتهت الحرب؟ لا أحد يعرف. انتهى! حقا?"));
    }

    @Test
    void splitsAtArabicSemicolon() {
        assertEquals(List.of("وصل الوفد؛", "ثم بدأ الاجتماع"), split("وصل الوفد؛ ثم بدأ الاجتماع"));
    }

    @Test
    void lineBreakAlwaysEndsASentence() {
        assertEquals(List.of("بدأ الاجتماع «في", "القاهرة» اليوم"), split("بدأ الاجتماع «في\nالقاهرة» اليوم"));
        assertEquals(List.of("سطر أول", "سطر ثان"), split("سطر أول\r\n\r\nسطر ثان"));
    }

    @Test
    void noSplitInsideGuillemets() {
        assertEquals(List.of("قال «انتهى الأمر. سنعود غدا» ثم غادر القاعة."),
                split("قال «انتهى الأمر. سنعود غدا» ثم غادر القاعة."));
    }

    @Test
    void noSplitInsideStraightQuotesOrBrackets() {
        assertEquals(List.of("قال \"لن نتراجع! أبدا\" أمس."), split("قال \"لن نتراجع! أبدا\" أمس."));
        assertEquals(List.of("وصل الوزير (وهو مريض. كما قيل) إلى المطار."),
                split("وصل الوزير (وهو مريض. كما قيل) إلى المطار."));
    }

    @Test
    void aLongQuoteDoesNotHoldItsSentencesTogether() {
        String sentence = "نحن مستعدون للحوار مع جميع الأطراف دون شروط مسبقة. ";
        String quote = sentence.repeat(1 + Enclosures.MAX_LENGTH / sentence.length());
        List<String> sentences = split("قال «" + quote.trim() + "» ثم غادر.");
        assertEquals(1 + Enclosures.MAX_LENGTH / sentence.length() + 1, sentences.size(), sentences.toString());
    }

    @Test
    void quoteEndingInATerminatorEndsAfterTheCloser() {
        assertEquals(List.of("قال: «سنرد.»", "وأضاف أن الرد قريب."), split("قال: «سنرد.» وأضاف أن الرد قريب."));
    }

    @Test
    void unmatchedQuoteDoesNotSwallowTheLine() {
        assertEquals(List.of("قال «انتهى الأمر.", "ثم غادر."), split("قال «انتهى الأمر. ثم غادر."));
    }

    @Test
    void decimalPointIsNoEnd() {
        assertEquals(List.of("بلغ النمو 3.5 في المئة.", "وارتفع الدين."), split("بلغ النمو 3.5 في المئة. وارتفع الدين."));
        assertEquals(List.of("بلغ النمو ٣.٥ بالمئة"), split("بلغ النمو ٣.٥ بالمئة"));
    }

    @Test
    void singleLetterInitialsAreNoEnd() {
        assertEquals(List.of("قال د. سامي إن الوضع هادئ."), split("قال د. سامي إن الوضع هادئ."));
        assertEquals(List.of("ذكرت وكالة أ.ف.ب الخبر."), split("ذكرت وكالة أ.ف.ب الخبر."));
        assertEquals(List.of("ولد عام 1950 م. في قرية صغيرة."), split("ولد عام 1950 م. في قرية صغيرة."));
        assertEquals(List.of("انظر ص. 12 من التقرير."), split("انظر ص. 12 من التقرير."));
    }

    @Test
    void listedAbbreviationsAreNoEnd() {
        assertEquals(List.of("Dr. Smith met Gen. Adams."), split("Dr. Smith met Gen. Adams."));
        assertEquals(List.of("قابل السفير Mr. Brown."), split("قابل السفير Mr. Brown."));
        SentenceSplitter custom = new SentenceSplitter(Set.of("شارع"));
        String text = "يقع في شارع. الجمهورية";
        assertEquals(1, custom.split(text, 0, text.length()).size());
    }

    @Test
    void ellipsisEndsASentence() {
        assertEquals(List.of("انتظرنا طويلا...", "ثم جاء"), split("انتظرنا طويلا... ثم جاء"));
        assertEquals(List.of("انتظرنا طويلا…", "ثم جاء"), split("انتظرنا طويلا… ثم جاء"));
    }

    @Test
    void runOfTerminatorsEndsOnce() {
        assertEquals(List.of("ماذا؟!", "لا شيء"), split("ماذا؟! لا شيء"));
    }

    @Test
    void listNumberAtSentenceStartIsNoEnd() {
        assertEquals(List.of("1. وقف إطلاق النار", "2. تبادل الأسرى"), split("1. وقف إطلاق النار\n2. تبادل الأسرى"));
    }

    @Test
    void dotInsideALatinTokenIsNoEnd() {
        assertEquals(List.of("نشر موقع aljazeera.net الخبر."), split("نشر موقع aljazeera.net الخبر."));
    }

    @Test
    void missingSpaceAfterDotStillEnds() {
        assertEquals(List.of("انتهى الاجتماع.", "وقال الوزير"), split("انتهى الاجتماع.وقال الوزير"));
        assertEquals(List.of("وقع عام 2020.", "ثم تكرر"), split("وقع عام 2020.ثم تكرر"));
    }

    @Test
    void spansAreTrimmedWithExactOffsets() {
        String text = "  \u200Fأولا. \u00A0ثانيا  ";
        assertEquals(List.of(new Span(3, 8), new Span(10, 15)), splitter.split(text, 0, text.length()));
    }

    @Test
    void punctuationOnlyPiecesAreNoSentences() {
        assertEquals(List.of(), split("...\n!!\n«»\n  "));
    }

    @Test
    void onlyTheGivenRangeIsSplit() {
        String text = "قبل. جملة أولى. جملة ثانية. بعد";
        List<Span> spans = splitter.split(text, 5, 27);
        assertEquals(List.of("جملة أولى.", "جملة ثانية."), spans.stream().map(s -> s.of(text)).toList());
    }

    @Test
    void terminatorAndLineBreakTablesAnswerAsTheListedCharsForEveryChar() {
        String terminators = ".!?؟؛…۔‼⁇⁈⁉";
        String breaks = "\n\r\u000B\u000C\u0085\u2028\u2029";
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            assertEquals(terminators.indexOf(ch) >= 0, SentenceSplitter.isTerminator(ch), "terminator " + c);
            assertEquals(breaks.indexOf(ch) >= 0, SentenceSplitter.isLineBreak(ch), "line break " + c);
        }
    }

    @Test
    void aLineBreakEndsASentenceAndEveryListedTerminatorEndsOne() {
        assertEquals(List.of("وصل الوفد", "ثم غادر"),
                splitter.split("وصل الوفد\u2028ثم غادر", 0, 17).stream().map(s -> s.of("وصل الوفد\u2028ثم غادر")).toList());
        String text = "هل وصل؟ نعم وصل! ثم غادر؛ وانتهى";
        assertEquals(4, splitter.split(text, 0, text.length()).size());
    }

    @Test
    void theCharTableKnowsEveryQuoteAndBracketAndNothingElse() {
        String quotes = "«([{‹»)]}›\"“”„";
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            assertEquals(quotes.indexOf(ch) >= 0, SentenceSplitter.isEnclosure(ch), "quote or bracket " + c);
        }
    }

    @Test
    void everyKindOfLineBreakEndsASentenceInOnePass() {
        assertEquals(List.of("أولا", "ثانيا", "ثالثا", "رابعا", "خامسا", "سادسا", "سابعا"),
                split("أولا\u000Bثانيا\u000Cثالثا\u0085رابعا\u2029خامسا\r\nسادسا\rسابعا"));
        assertEquals(List.of("قال «نعم", "لا» ثم"), split("قال «نعم\u2028لا» ثم"), "a quote does not span a break");
    }

    @Test
    void bracketsNestedInAQuoteMergeIntoIt() {
        assertEquals(List.of("قال «الوضع (كما نرى. للأسف) صعب.»", "ثم غادر."),
                split("قال «الوضع (كما نرى. للأسف) صعب.» ثم غادر."));
        assertEquals(List.of("قال “لن نعود. أبدا” وغادر.", "انتهى"), split("قال “لن نعود. أبدا” وغادر. انتهى"));
        assertEquals(List.of("قال „لن نعود. أبدا“ وغادر."), split("قال „لن نعود. أبدا“ وغادر."));
    }

    @Test
    void dotRulesMixedOnOneLine() {
        assertEquals(List.of("1. بلغ النمو 2.5 في المئة حسب Dr. Smith.", "2. ثم هبط إلى ٣.٥ فقط…", "انتهى"),
                split("1. بلغ النمو 2.5 في المئة حسب Dr. Smith. 2. ثم هبط إلى ٣.٥ فقط… انتهى"));
        assertEquals(List.of("قال م. سامي: «لا».", "ثم عاد."), split("قال م. سامي: «لا». ثم عاد."));
    }

    @Test
    void anAbbreviationWrittenWithMarksIsFoundNormalised() {
        SentenceSplitter custom = new SentenceSplitter(Set.of("شارع"));
        String text = "يقع في شارِع. الجمهورية";
        assertEquals(1, custom.split(text, 0, text.length()).size());
        String other = "يقع في شارعنا. الجمهورية";
        assertEquals(2, custom.split(other, 0, other.length()).size());
    }

    @Test
    void theBlankTableAnswersAsTheCharacterTestsForEveryChar() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            boolean blank = Character.isWhitespace(ch) || Character.isSpaceChar(ch)
                    || Character.getType(ch) == Character.FORMAT;
            assertEquals(blank, SentenceSplitter.isBlank(ch), "blank " + c);
        }
    }
}
