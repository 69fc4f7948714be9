package org.marsad.core.segment.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One page per class of main-text error seen side by side with Readability.js and trafilatura (issue 16): each
 * page is written here, in Arabic, and checks that the article's paragraphs come out once and the rest does not.
 */
class ExtractionClassesTest {
    private static final String A = "أعلنت بلدية المدينة الساحلية صباح الأحد عن خطة جديدة لتنظيف الشاطئ الشمالي، "
            + "بمشاركة متطوعين من الأحياء القريبة ومن طلاب الجامعة.";
    private static final String B = "وقال رئيس البلدية إن الحملة ستستمر ثلاثة أسابيع، وإن الفرق ستجمع النفايات "
            + "البلاستيكية وتفرزها قبل نقلها إلى مركز التدوير في المنطقة الصناعية.";
    private static final String C = "وأضاف أن البلدية خصصت ميزانية صغيرة لشراء القفازات والأكياس، وأنها تنتظر "
            + "دعما إضافيا من وزارة البيئة خلال الشهر المقبل.";
    private static final String D = "ويشكو سكان الحي الشمالي منذ سنوات من تراكم النفايات على الرمال، خاصة بعد "
            + "العواصف الشتوية التي تحمل الأخشاب والشباك القديمة إلى الساحل.";

    private static List<String> extract(String body) {
        String html = "<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\">"
                + "<title>حملة لتنظيف الشاطئ الشمالي</title></head><body>" + body + "</body></html>";
        return new HtmlExtractor().extract(html.getBytes(StandardCharsets.UTF_8), null).paragraphs();
    }

    private static String comment(int i) {
        return "<div class=\"r\"><span class=\"who\">زائر " + i + "</span><span class=\"when\">منذ ساعة</span>"
                + "<p>أنا من سكان الحي وأرى أن هذه الحملات لا تكفي، فالمشكلة في غياب الحاويات وفي تأخر الشاحنات، "
                + "وقد كتبنا للبلدية مرات كثيرة دون جواب، ونرجو أن تتغير الأمور هذه المرة رقم " + i + ".</p></div>";
    }

    @Test
    void aDekThatRepeatsTheFirstParagraphIsNotPrependedToTheBody() {
        String dek = "أعلنت بلدية المدينة الساحلية صباح الأحد عن خطة جديدة لتنظيف الشاطئ الشمالي";
        List<String> p = extract("<h1>حملة لتنظيف الشاطئ</h1><p class=\"sub-title\">" + dek + "</p>"
                + "<div class=\"story\"><p>" + A + "</p><p>" + B + "</p><p>" + C + "</p></div>");
        assertEquals(List.of(A, B, C), p);
    }

    @Test
    void aLongUnnamedCommentThreadIsNotChosenOverAShortArticle() {
        StringBuilder thread = new StringBuilder("<div class=\"box2\"><h3>التعليقات (12)</h3>");
        for (int i = 1; i <= 12; i++) {
            thread.append(comment(i));
        }
        thread.append("</div>");
        List<String> p = extract("<div class=\"wrap\"><h1>حملة لتنظيف الشاطئ</h1><div class=\"story\"><p>" + A
                + "</p><p>" + B + "</p></div>" + thread + "</div>");
        assertEquals(List.of(A, B), p);
    }

    @Test
    void relatedPostsWithSummariesUnderARelatedTitleAreLeftOut() {
        String teaser = "<div class=\"card\"><a href=\"/n1\">مهرجان للصيد في الميناء</a>"
                + "<p>يستعد الصيادون لمهرجان سنوي يعرضون فيه أدواتهم القديمة، ويتنافسون في سباق للقوارب الصغيرة.</p>"
                + "</div>";
        List<String> p = extract("<div class=\"story\"><h1>حملة لتنظيف الشاطئ</h1><p>" + A + "</p><p>" + B
                + "</p><p>" + C + "</p><div class=\"box\"><h3>اقرأ أيضا</h3>" + teaser + teaser.replace("n1", "n2")
                + "</div></div>");
        assertEquals(List.of(A, B, C), p.stream().filter(s -> !s.startsWith("حملة")).toList());
    }

    @Test
    void bareTextInADivWithoutParagraphsIsTheBody() {
        List<String> p = extract("<div class=\"wrap\"><div class=\"side\"><p>الطقس غدا معتدل.</p>"
                + "<p>أسعار العملات مستقرة.</p></div><div class=\"x1\">" + A + "<br><br>" + B + "<br><br>" + C
                + "</div></div>");
        assertEquals(List.of(A, B, C), p);
    }

    @Test
    void listItemsThatBeginWithABoldLinkAreKept() {
        String item1 = "<li><a href=\"/m1\"><b>ساحة الميناء:</b></a> نقطة التجمع الأولى للمتطوعين، وفيها توزع "
                + "الأكياس والقفازات على الفرق قبل التوجه إلى الرمال.</li>";
        String item2 = "<li><a href=\"/m2\"><b>مدخل الجامعة:</b></a> نقطة التجمع الثانية للطلاب، وتنطلق منها "
                + "الحافلات كل نصف ساعة نحو الشاطئ الشمالي.</li>";
        List<String> p = extract("<div class=\"wrap\"><div class=\"story\"><h1>حملة لتنظيف الشاطئ</h1><p>" + A
                + "</p><p>" + B + "</p><p>" + C + "</p></div><ul>" + item1 + item2 + "</ul></div>");
        assertTrue(p.stream().anyMatch(s -> s.startsWith("ساحة الميناء:")), p.toString());
        assertTrue(p.stream().anyMatch(s -> s.startsWith("مدخل الجامعة:")), p.toString());
    }

    @Test
    void anArticleSplitAcrossSectionsKeepsItsFirstAndLastParts() {
        String first = "بدأت الحملة فجرا.";
        String last = "وتنتهي الحملة مساء الجمعة المقبلة.";
        List<String> p = extract("<main><h1>حملة لتنظيف الشاطئ</h1><section class=\"s\"><p>" + first + "</p></section>"
                + "<section class=\"m\"><p>" + A + "</p><p>" + B + "</p><p>" + C + "</p><p>" + D + "</p></section>"
                + "<section class=\"e\"><p>" + last + "</p></section>"
                + "<section class=\"links\"><a href=\"/1\">الرئيسية</a> <a href=\"/2\">رياضة</a></section></main>");
        assertEquals(List.of(first, A, B, C, D, last), p.stream().filter(s -> !s.startsWith("حملة")).toList());
    }

    @Test
    void anArticleWhosePartsSitInWrappersOfTheirOwnKeepsThemAll() {
        String first = "بدأت الحملة فجرا بمشاركة نحو مئتي متطوع من سكان الأحياء القريبة ومن طلاب كلية العلوم.";
        String last = "وتنتهي الحملة مساء الجمعة المقبلة، على أن تنشر البلدية حصيلتها في الأسبوع التالي.";
        List<String> p = extract("<div class=\"x-wrap\"><h1>حملة لتنظيف الشاطئ</h1><p>" + first
                + "</p><div class=\"b\"><div class=\"in\"><p>" + A + "</p><p>" + B + "</p><p>" + C + "</p><p>"
                + D + "</p></div></div><p>" + last + "</p></div>");
        assertEquals(List.of(first, A, B, C, D, last), p.stream().filter(s -> !s.startsWith("حملة")).toList());
    }

    @Test
    void aListOfItemsLedByLongBoldLinksIsKept() {
        String item = "<li><a href=\"/m%d\"><strong>نقطة التجمع رقم %d عند الساحة الكبرى</strong></a> يلتقي فيها "
                + "المتطوعون عند السابعة صباحا، ثم يتوزعون على الشاطئ.</li>";
        List<String> p = extract("<div class=\"wrap\"><div class=\"story\"><h1>حملة لتنظيف الشاطئ</h1><p>" + A
                + "</p><p>" + B + "</p><p>" + C + "</p></div><ul>" + String.format(item, 1, 1)
                + String.format(item, 2, 2) + String.format(item, 3, 3) + "</ul></div>");
        for (int i = 1; i <= 3; i++) {
            String start = "نقطة التجمع رقم " + i;
            assertTrue(p.stream().anyMatch(s -> s.startsWith(start)), p.toString());
        }
    }

    @Test
    void aBlockTitledRelatedIsDroppedButTheArticleBesideItStays() {
        List<String> p = extract("<div class=\"story\"><p>" + A + "</p><p>" + B + "</p><section><h2>أخبار ذات صلة</h2>"
                + "<p>" + D + "</p></section></div>");
        assertEquals(List.of(A, B), p);
    }

    @Test
    void aDateOrTimeAloneOnItsLineIsAStampNotText() {
        assertTrue(Boilerplate.isDateLine("05. Februar 2020"));
        assertTrue(Boilerplate.isDateLine("3:59 PM"));
        assertTrue(Boilerplate.isDateLine("الأحد 5 مايو 2024"));
        assertTrue(Boilerplate.isDateLine("23.10.2018"));
        assertFalse(Boilerplate.isDateLine("286,35 €"), "a price has no date word or date digits");
        assertFalse(Boilerplate.isDateLine("قتل 5 في 3 مايو"), "words other than dates");
        List<String> p = extract("<div class=\"story\"><span class=\"d\">الأحد 5 مايو 2024</span><p>" + A
                + "</p><p>" + B + "</p></div>");
        assertEquals(List.of(A, B), p);
    }

    @Test
    void anArticleCutIntoLikeNamedPartsKeepsEveryPart() {
        String part = "<div class=\"part-wrapper\"><h2>%s</h2><div class=\"flow\">%s</div></div>";
        String second = "وتنتهي الحملة مساء الجمعة المقبلة، على أن تنشر البلدية حصيلتها.";
        String third = "ويأمل المنظمون أن تتحول الحملة إلى موعد سنوي ثابت في المدينة.";
        List<String> p = extract("<div class=\"x-in\">"
                + String.format(part, "البداية", "<p>" + A + "</p><p>" + B + "</p><p>" + C + "</p><p>" + D + "</p>")
                + "<div class=\"ad-slot-x\"></div>" + String.format(part, "الموعد", "<p>" + second + "</p>")
                + String.format(part, "الخاتمة", "<p>" + third + "</p>") + "</div>");
        assertTrue(p.contains(A) && p.contains(second) && p.contains(third), p.toString());
    }

    @Test
    void aCommentThreadWhoseCommentsAreArticleElementsIsNotChosenOverTheArticle() {
        StringBuilder thread = new StringBuilder("<div id=\"comments\" class=\"comments-area\"><ol class=\"list\">");
        for (int i = 1; i <= 12; i++) {
            thread.append("<li><article class=\"comment\">").append(comment(i)).append("</article></li>");
        }
        thread.append("</ol></div>");
        List<String> p = extract("<div id=\"page\"><article class=\"post\"><h1>حملة لتنظيف الشاطئ</h1>"
                + "<div class=\"entry-content\"><p>" + A + "</p><p>" + B + "</p></div></article>" + thread + "</div>");
        assertEquals(List.of(A, B), p.stream().filter(s -> !s.startsWith("حملة")).toList());
    }

    @Test
    void rubyAnnotationsAreNotReadIntoTheText() {
        String annotated = "<p>وصل المتطوعون إلى <ruby>الميناء<rp>(</rp><rt>al-mina</rt><rp>)</rp></ruby> القديم "
                + "قبل شروق الشمس، ثم ساروا على الرمال نحو الشاطئ الشمالي.</p>";
        List<String> p = extract("<div class=\"story\">" + annotated + "<p>" + A + "</p><p>" + B + "</p></div>");
        assertEquals("وصل المتطوعون إلى الميناء القديم قبل شروق الشمس، ثم ساروا على الرمال نحو الشاطئ الشمالي.",
                p.get(0));
    }

    @Test
    void aPublicationStampWithItsLabelIsNotText() {
        assertTrue(Boilerplate.isDateLine("آخر تحديث: الأحد 5 مايو 2024، 10:27"));
        assertTrue(Boilerplate.isDateLine("نشر في 05.05.2024"));
        assertTrue(Boilerplate.isDateLine("Aktualisiert am 17.01.2021."));
        assertTrue(Boilerplate.isDateLine("17 April 2012 • 2:54pm"), "a time glued to pm");
        assertFalse(Boilerplate.isDateLine("موعد التجمع: 12.05.2024، الساعة 7"), "a date the story gives, not a stamp");
        assertFalse(Boilerplate.isDateLine("نشر الجيش بيانا عن الحملة في 5 مايو 2024"), "a sentence, not a label");
        assertFalse(Boilerplate.isDateLine("Standort: 12.05.2024"), "a short stamp word matches whole words only");
        List<String> p = extract("<div class=\"story\"><div class=\"stamp\">آخر تحديث: 05.05.2024، 10:27</div><p>" + A
                + "</p><p>" + B + "</p></div>");
        assertEquals(List.of(A, B), p);
    }

    @Test
    void anArticleCutIntoRowsOfAPageBuilderKeepsItsFirstAndLastRows() {
        // each row wraps its text five levels deep; the middle row holds most of the article, in several columns
        String row = "<div class=\"vc_row\"><div class=\"col\"><div class=\"col-inner\"><div class=\"wrapper\">%s"
                + "</div></div></div></div>";
        String column = "<div class=\"text_column %s\"><div class=\"wrapper\">%s</div></div>";
        String first = "تبدأ الحملة هذا العام مبكرا، ويشرح هذا المقال مراحلها الثلاث وما ينتظر المتطوعين في كل منها.";
        String last = "ويأمل المنظمون، في الختام، أن تتحول الحملة إلى موعد سنوي ثابت في المدينة.";
        String middle = String.format(column, "c1", "<p>" + A + "</p><p>" + B + "</p>")
                + String.format(column, "c2", "<h2>المرحلة الثانية</h2>")
                + String.format(column, "c3", "<p>" + C + "</p><p>" + D + "</p>");
        List<String> p = extract("<div class=\"entry\"><h1>حملة لتنظيف الشاطئ</h1>"
                + String.format(row, String.format(column, "c0", "<p>" + first + "</p>")) + String.format(row, middle)
                + String.format(row, String.format(column, "c4", "<p>" + last + "</p>")) + "</div>"
                + "<div class=\"links\"><a href=\"/1\">الرئيسية</a> <a href=\"/2\">رياضة</a></div>");
        assertEquals(List.of(first, A, B, C, D, last),
                p.stream().filter(s -> !s.startsWith("حملة") && !s.startsWith("المرحلة")).toList());
    }

    @Test
    void aLeadWrittenStraightIntoADivThatRepeatsTheDescriptionOpensTheArticle() {
        String lead = "تنطلق غدا حملة لتنظيف الشاطئ الشمالي بمشاركة مئات المتطوعين، وتستمر ثلاثة أسابيع.";
        String html = "<html><head><meta name=\"description\" content=\"" + lead + "\"></head><body>"
                + "<article class=\"part\"><h1>حملة لتنظيف الشاطئ</h1><div class=\"t-top\">" + lead + "</div>"
                + "<div class=\"t-body\"><p>" + A + "</p><p>" + B + "</p><p>" + C + "</p></div></article></body></html>";
        List<String> p = new HtmlExtractor().extract(html.getBytes(StandardCharsets.UTF_8), null).paragraphs();
        assertEquals(List.of(lead, A, B, C), p);
    }

    @Test
    void aLeadInABlockNamedPrefaceOrLeaderOpensTheArticle() {
        String lead = "تنطلق غدا حملة لتنظيف الشاطئ الشمالي بمشاركة مئات المتطوعين، وتستمر ثلاثة أسابيع.";
        for (String name : List.of("article-preface", "leader")) {
            List<String> p = extract("<h1>حملة لتنظيف الشاطئ</h1><div class=\"" + name + "\"><p>" + lead + "</p></div>"
                    + "<div class=\"t-body\"><p>" + A + "</p><p>" + B + "</p><p>" + C + "</p></div>");
            assertEquals(List.of(lead, A, B, C), p.stream().filter(s -> !s.startsWith("حملة")).toList(), name);
        }
    }

    @Test
    void ofTwoContainersThatScoreTheSameTheFirstIsTakenEveryTime() {
        // the same length and commas, so the same score: the choice must not follow the identity hashes of a parse
        String a2 = A.replace("الأحد", "السبت");
        assertEquals(A.length(), a2.length());
        String body = "<div id=\"one\"><div class=\"x\"><p>" + A + "</p></div></div><div id=\"sep\">"
                + "</div><div id=\"two\"><div class=\"x\"><p>" + a2 + "</p></div></div>";
        for (int i = 0; i < 40; i++) {
            assertEquals(List.of(A), extract(body), "parse " + i);
        }
    }

    @Test
    void aPhotoCreditOrSourceLineIsNotText() {
        assertTrue(Boilerplate.isChromeLine("تصوير: سامر الخطيب"));
        assertTrue(Boilerplate.isChromeLine("المصدر: وكالة الأنباء المحلية"));
        assertTrue(Boilerplate.isChromeLine("Photograph by Jane Doe, Coastal Survey"));
        assertTrue(Boilerplate.isChromeLine("Crédits photos : Agence X"));
        assertFalse(Boilerplate.isChromeLine("صورة المدينة تغيرت كثيرا بعد الحملة"), "no label colon");
        assertFalse(Boilerplate.isChromeLine("المصدر: " + A), "longer than a credit line");
        List<String> p = extract("<div class=\"story\"><p>" + A + "</p><p>" + B + "</p><div>تصوير: سامر الخطيب</div>"
                + "<p>" + C + "</p><p>المصدر: وكالة الأنباء المحلية</p></div>");
        assertEquals(List.of(A, B, C), p);
    }

    @Test
    void aWidgetTitleOrAReadingTimeAloneOnItsLineIsDropped() {
        assertTrue(Boilerplate.isChromeLine("4 min read"), "a count before a chrome line");
        List<String> p = extract("<div class=\"story\"><span>4 min read</span><p>" + A + "</p><p>" + B + "</p><p>" + C
                + "</p><div>قد يهمك أيضا</div><p>" + D + "</p></div>");
        assertEquals(List.of(A, B, C, D), p);
    }

    @Test
    void aPartOfTheArticleBesideAPictureInABlockNamedMediaIsKept() {
        String withPicture = C + " " + D;
        assertTrue(withPicture.length() >= ContentScorer.SIBLING_PROSE);
        List<String> p = extract("<div class=\"nx\"><h1>حملة لتنظيف الشاطئ</h1><div class=\"text\"><p>" + A
                + "</p><p>" + B + "</p><p>" + A.replace("الأحد", "السبت") + "</p></div><div class=\"media\">"
                + "<img src=\"/beach.jpg\" alt=\"\"><p>" + withPicture + "</p></div></div>"
                + "<div class=\"media\"><a href=\"/1\">الرئيسية</a> <a href=\"/2\">رياضة</a></div>");
        assertTrue(p.contains(withPicture), p.toString());
        assertFalse(p.stream().anyMatch(s -> s.contains("الرئيسية")), p.toString());
    }
}
