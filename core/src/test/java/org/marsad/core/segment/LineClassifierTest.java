package org.marsad.core.segment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineClassifierTest {
    private final LineClassifier classifier = new LineClassifier(PageCues.standard());

    private LineKind kind(String text) {
        return classifier.kindOf(Line.of(text).get(0));
    }

    @Test
    void aLineEndingWithAParenthesisedCreditIsACaption() {
        assertEquals(LineKind.CAPTION, kind("رجال الإطفاء يخمدون النيران في المستودع (أ.ف.ب)"));
        assertEquals(LineKind.CAPTION, kind("جانب من المباحثات بين الوفدين في القاهرة (الرئاسة المصرية)"));
    }

    @Test
    void aLineOpenedByACaptionCueIsACaption() {
        assertEquals(LineKind.CAPTION, kind("التعليق على الصورة، عمال إغاثة يوزعون الخبز على النازحين"));
        assertEquals(LineKind.CAPTION, kind("صورة: طوابير أمام محطة الوقود"));
        // the same word opening a sentence is not a cue
        assertEquals(LineKind.BODY, kind("الصورة التي نشرها الجيش، وفق مراسلنا، تظهر دبابات قرب الحدود."));
    }

    @Test
    void relativeTimeStampsAreChrome() {
        assertEquals(LineKind.CHROME, kind("منذ 3 ساعات"));
        assertEquals(LineKind.TITLE, kind("مقتل 3 جنود خلال 24 ساعة من القتال"));
    }

    @Test
    void aTitleRepeatedOnTheNextLineIsACaptionTwice() {
        List<Line> lines = Line.of("الرئيس يستقبل السفراء الجدد في القصر\nالرئيس يستقبل السفراء الجدد في القصر");
        assertArrayEquals(new LineKind[] {LineKind.CAPTION, LineKind.CAPTION}, classifier.classify(lines));
    }

    @Test
    void aTitleRepeatedAfterABlankLineIsNotACaption() {
        // a headline printed again after the chrome is the headline's repeat, which the splitter decides
        List<Line> lines = Line.of("الرئيس يستقبل السفراء الجدد في القصر\n\nالرئيس يستقبل السفراء الجدد في القصر");
        assertArrayEquals(new LineKind[] {LineKind.TITLE, LineKind.TITLE}, classifier.classify(lines));
    }

    @Test
    void nameThenCityInParenthesesIsAByline() {
        assertEquals(LineKind.BYLINE, kind("هدى الساعدي (بغداد)"));
        assertEquals(LineKind.BYLINE, kind("مروان خليل (عمّان) ليلى سعد (الدوحة)"));
        assertEquals(LineKind.BYLINE, kind("«الشرق الأوسط» (الرباط)"));
    }

    @Test
    void aCreditInParenthesesIsNotAPlace() {
        // "name (credit)" is a photo of that person, not a byline
        assertEquals(LineKind.CAPTION, kind("سمير النجار (رويترز)"));
    }

    @Test
    void aCaptionWithFunctionWordsIsNotAByline() {
        assertEquals(LineKind.CAPTION, kind("دخان فوق الحي الشرقي (المرصد)"));
    }

    @Test
    void cityDashOutletIsADateline() {
        assertEquals(LineKind.BYLINE, kind("الخرطوم - وكالات"));
        assertEquals(LineKind.BYLINE, kind("تونس: «الشرق الأوسط»"));
        assertEquals(LineKind.BYLINE, kind("بقلم سامي الحداد"));
        assertEquals(LineKind.BYLINE, kind("رام الله - وكالات"));
    }

    @Test
    void aHeadlineWithADashIsNotADateline() {
        assertEquals(LineKind.TITLE, kind("أزمة الحدود تتحول خلافاً مصرياً - سودانياً"));
    }

    @Test
    void widgetsAndTheTtMarkAreChrome() {
        assertEquals(LineKind.CHROME, kind("TT"));
        assertEquals(LineKind.CHROME, kind("شارك"));
        assertEquals(LineKind.CHROME, kind("تابعونا على تلغرام"));
        assertEquals(LineKind.CHROME, kind("المصدر: وكالات"));
        assertEquals(LineKind.CHROME, kind("اقرأ أيضاً: الأمطار تغلق الطرق الجبلية"));
        assertEquals(LineKind.CHROME, kind("* * *"));
    }

    @Test
    void veryShortLinesThatAreNotSentencesAreChrome() {
        // section labels and menu items
        assertEquals(LineKind.CHROME, kind("المغرب العربي"));
        assertEquals(LineKind.CHROME, kind("رياضة"));
    }

    @Test
    void aPublicationStampIsChromeButAHeadlineWithADateIsNot() {
        assertEquals(LineKind.CHROME, kind("الخميس 14 مارس 2024 - 09:30 ص"));
        assertEquals(LineKind.TITLE, kind("البرلمان يناقش الموازنة في 20 مارس المقبل"));
    }

    @Test
    void relatedArticleMarkersOpenATeaserBlock() {
        assertEquals(LineKind.MARKER, kind("مقالات ذات صلة"));
        assertEquals(LineKind.MARKER, kind("أخبار ذات صلة:"));
        assertEquals(LineKind.MARKER, kind("اقرأ أيضاً"));
        assertEquals(LineKind.MARKER, kind("المزيد من الشرق الأوسط"));
    }

    @Test
    void aSentenceOfFiveWordsOrMoreIsBody() {
        assertEquals(LineKind.BODY, kind("وأكد الوزير أن المفاوضات ستستمر."));
        assertEquals(LineKind.BODY, kind("وقال المتحدث باسم الجيش في بيان:"));
    }

    @Test
    void aLongLineWithACommaIsBodyEvenWithoutItsFinalPeriod() {
        assertEquals(LineKind.BODY, kind("وأوضح المتحدث أن فرق الإنقاذ انتشلت جثث ثلاثة أشخاص من تحت الأنقاض، فيما لا يزال البحث جارياً عن مفقودين"));
    }

    @Test
    void aQuestionHeadlineIsATitleNotBody() {
        assertEquals(LineKind.TITLE, kind("هل تنجح الوساطة الجديدة في إنهاء الأزمة؟"));
        assertEquals(LineKind.TITLE, kind("الأسواق تترقب قرار البنك المركزي..."));
    }

    @Test
    void aShortLineWithoutFinalPeriodIsATitle() {
        assertEquals(LineKind.TITLE, kind("الأمم المتحدة تحذر من تفاقم أزمة الغذاء في الساحل"));
    }

    @Test
    void aVeryLongLineIsBodyEvenWithoutPunctuation() {
        String line = "وأضاف المسؤول ".repeat(20).strip();
        assertEquals(LineKind.BODY, kind(line));
    }

    @Test
    void aLineLongerThanAnyParagraphIsChrome() {
        // 5 MB on one line is a dump, not article text; later stages must not read it as one sentence
        assertEquals(LineKind.CHROME, kind("قصفت القوات مواقع في المدينة، ".repeat(2_000)));
    }

    @Test
    void linesKeepTheirOffsetsAfterTrimmingSpacesAndDirectionMarks() {
        String text = "  \u200fعنوان الخبر هنا\u00a0\r\n\r\nفقرة";
        List<Line> lines = Line.of(text);
        assertEquals(2, lines.size());
        assertEquals("عنوان الخبر هنا", lines.get(0).span().of(text));
        assertEquals(3, lines.get(0).span().start()); // after two spaces and the RLM
        assertEquals(true, lines.get(1).afterBlank());
    }
}
