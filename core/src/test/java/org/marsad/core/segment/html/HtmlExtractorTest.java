package org.marsad.core.segment.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

public class HtmlExtractorTest {
    public static final String FIRST = "قال مسؤولون محليون إن عشرات المزارعين تجمعوا صباح الثلاثاء أمام مبنى المحافظة، "
            + "مطالبين بتعويضهم عن خسائر موسم القمح، وبإصلاح قنوات الري التي جفت منذ أشهر.";
    public static final String SECOND = "وأضاف أحد المحتجين أن الوعود السابقة لم تنفذ، وأن المزارعين سيعودون "
            + "إلى الساحة نفسها الأسبوع المقبل إذا لم تصدر الحكومة قرارا واضحا.";
    public static final String THIRD = "ولم يصدر عن المحافظ أي تعليق حتى مساء اليوم، بحسب ما أفاد مراسلون في المدينة.";
    static final String COMMENT = "تعليق من قارئ: هذا الخبر مهم جدا، وشكرا لكم على المتابعة المستمرة للموضوع.";
    static final String SIDEBAR = "نشرة الطقس: أمطار خفيفة على المرتفعات الشمالية، ورياح معتدلة في المساء.";

    public static String newsPage(String charsetMeta) {
        return "<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head>" + charsetMeta
                + "<title>مزارعون يحتجون أمام مبنى المحافظة | جريدة المثال</title>"
                + "<meta property=\"og:site_name\" content=\"جريدة المثال\">"
                + "<meta property=\"article:published_time\" content=\"2024-03-05T08:30:00+02:00\">"
                + "<link rel=\"canonical\" href=\"https://www.example-news.org/local/farmers-protest\"></head><body>"
                + "<header><a href=\"/\">الرئيسية</a> <a href=\"/local\">محليات</a></header>"
                + "<nav><ul><li><a href=\"/a\">سياسة</a></li><li><a href=\"/b\">اقتصاد</a></li></ul></nav>"
                + "<div class=\"page\"><div class=\"main-content\"><article>"
                + "<h1>مزارعون يحتجون أمام مبنى المحافظة</h1>"
                + "<div class=\"share-buttons\"><a href=\"#\">شارك</a> <a href=\"#\">فيسبوك</a></div>"
                + "<p>" + FIRST + "</p><p>" + SECOND + "</p><p>" + THIRD + "</p>"
                + "<div class=\"related-news\"><h3>مقالات ذات صلة</h3><ul><li><a href=\"/x\">عنوان خبر آخر عن"
                + " الزراعة</a></li><li><a href=\"/y\">عنوان خبر ثالث عن الري</a></li></ul></div>"
                + "</article><div id=\"comments\"><p>" + COMMENT + "</p></div></div>"
                + "<aside class=\"sidebar\"><h3>الأكثر قراءة</h3><p>" + SIDEBAR + "</p></aside></div>"
                + "<footer>جميع الحقوق محفوظة</footer></body></html>";
    }

    private final HtmlExtractor extractor = new HtmlExtractor();

    @Test
    void mainContentKeepsTheArticleParagraphsAndDropsSidebarRelatedCommentsAndShareWidgets() {
        HtmlExtraction x = extractor.extract(newsPage("<meta charset=\"utf-8\">").getBytes(StandardCharsets.UTF_8),
                null);
        assertEquals(java.util.List.of(FIRST, SECOND, THIRD), x.paragraphs().stream()
                .filter(p -> !p.equals(x.title())).toList());
        String text = x.text();
        for (String chrome : new String[] {COMMENT, SIDEBAR, "شارك", "مقالات ذات صلة", "عنوان خبر آخر", "الرئيسية",
            "جميع الحقوق محفوظة"}) {
            assertFalse(text.contains(chrome), chrome);
        }
    }

    @Test
    void metadataComesFromOpenGraphCanonicalAndPublishedTime() {
        HtmlExtraction x = extractor.extract(newsPage("").getBytes(StandardCharsets.UTF_8), null);
        assertEquals("مزارعون يحتجون أمام مبنى المحافظة", x.title());
        assertEquals(LocalDate.of(2024, 3, 5), x.published());
        assertEquals("https://www.example-news.org/local/farmers-protest", x.url());
        assertEquals("example-news.org", x.outlet());
        assertEquals("جريدة المثال", x.siteName());
        assertEquals("ar", x.language());
        assertTrue(x.text().startsWith("مزارعون يحتجون أمام مبنى المحافظة\n\n" + FIRST + "\n"));
    }

    @Test
    void windows1256BytesDecodeToTheSameArticleWithOrWithoutADeclaration() {
        Charset cp1256 = Charset.forName("windows-1256");
        String utf8 = extractor.extract(newsPage("").getBytes(StandardCharsets.UTF_8), null).text();
        HtmlExtraction declared = extractor.extract(
                newsPage("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\">")
                        .getBytes(cp1256), null);
        HtmlExtraction sniffed = extractor.extract(newsPage("").getBytes(cp1256), null);
        assertEquals(utf8, declared.text());
        assertEquals(utf8, sniffed.text());
        assertEquals(cp1256, sniffed.charset());
    }

    @Test
    void aByteOrderMarkWinsOverAWrongDeclaration() {
        byte[] body = newsPage("<meta charset=\"windows-1256\">").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        assertTrue(extractor.extract(withBom, null).text().contains(FIRST));
    }

    @Test
    void aDateOnlyInJsonLdIsFound() {
        String page = "<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", "
                + "\"headline\": \"خبر\", \"datePublished\": \"2022-11-09T10:00:00Z\"}</script></head>"
                + "<body><p>" + FIRST + "</p></body></html>";
        assertEquals(LocalDate.of(2022, 11, 9), extractor.extract(page.getBytes(StandardCharsets.UTF_8), null)
                .published());
    }

    @Test
    void aDateInTheUrlPathIsTheLastResort() {
        String page = "<html><body><p>" + FIRST + "</p></body></html>";
        HtmlExtraction x = extractor.extract(page.getBytes(StandardCharsets.UTF_8),
                "https://news.example.org/2023/02/26/farmers");
        assertEquals(LocalDate.of(2023, 2, 26), x.published());
        assertNull(extractor.extract(page.getBytes(StandardCharsets.UTF_8), null).published());
    }

    @Test
    void truncatedAndMalformedHtmlStillGivesItsText() {
        String page = "<html><head><title>عنوان</title><body><div class=\"story\"><p>" + FIRST + "<p>" + SECOND
                + "</div></span></b><p>" + THIRD.substring(0, 30);
        HtmlExtraction x = extractor.extract(page.getBytes(StandardCharsets.UTF_8), null);
        assertTrue(x.text().contains(FIRST));
        assertTrue(x.text().contains(SECOND));
        HtmlExtraction garbage = extractor.extract(new byte[] {'<', (byte) 0xFF, '>', '<', '/', 0, 1}, null);
        assertTrue(garbage.paragraphs().isEmpty() || !garbage.text().isEmpty());
    }

    @Test
    void tenThousandNestedElementsAreReadWithoutOverflow() {
        StringBuilder sb = new StringBuilder("<html><body>");
        sb.append("<div class=\"menu\">".repeat(5000)).append("<div>".repeat(5000)).append("<p>").append(FIRST)
                .append("</p>").append("</div>".repeat(10000)).append("</body></html>");
        HtmlExtraction x = extractor.extract(sb.toString().getBytes(StandardCharsets.UTF_8), null);
        assertTrue(x.text().contains(FIRST));
    }

    private static long timed(Runnable r) {
        long t0 = System.nanoTime();
        r.run();
        return System.nanoTime() - t0;
    }

    @Test
    void aTwentyMegabytePageIsExtractedInTimeLinearInItsSize() {
        String side = "<div class=\"box\"><ul><li><a href=\"/x\">عنوان خبر آخر</a></li>"
                + "<li><a href=\"/y\">عنوان خبر ثالث</a></li></ul></div>";
        StringBuilder sb = new StringBuilder("<html><head><title>صفحة كبيرة</title></head><body><article>"
                + "<h1>صفحة كبيرة جدا للاختبار</h1>");
        int paragraphs = 0;
        while (sb.length() < 14_000_000) {
            sb.append("<p>").append(paragraphs % 2 == 0 ? FIRST : SECOND).append("</p><div>").append(side)
                    .append("</div>");
            paragraphs++;
        }
        String html = sb.append("</article></body></html>").toString();
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        assertTrue(bytes.length > 20_000_000, "a page of over 20 MB");
        // a tenth of the page, extracted first (which also warms the JIT); linear work takes about ten times as long
        // on the whole page, quadratic work a hundred times: the bound sits between, each time the best of two runs
        byte[] tenth = html.substring(0, html.length() / 10).getBytes(StandardCharsets.UTF_8);
        extractor.extract(tenth, null);
        long small = Math.min(timed(() -> extractor.extract(tenth, null)), timed(() -> extractor.extract(tenth, null)));
        HtmlExtraction[] whole = new HtmlExtraction[1];
        long large = Math.min(timed(() -> whole[0] = extractor.extract(bytes, null)),
                timed(() -> whole[0] = extractor.extract(bytes, null)));
        HtmlExtraction x = whole[0];
        assertEquals(paragraphs, x.paragraphs().stream().filter(p -> p.equals(FIRST) || p.equals(SECOND)).count());
        assertFalse(x.text().contains("عنوان خبر ثالث"));
        assertTrue(large < 30 * small, "whole page " + large / 1_000_000 + " ms vs a tenth " + small / 1_000_000
                + " ms");
    }

    @Test
    void aLeadOutsideTheBodyContainerThatRepeatsTheDescriptionOpensTheArticle() {
        String lead = "المزارعون يطالبون بتعويضات عن موسم جاف، والمحافظ يعد بالرد خلال أيام.";
        String page = "<html><head><meta name=\"description\" content=\"" + lead + "\"></head><body>"
                + "<div class=\"head\"><h1>مزارعون يحتجون</h1><p class=\"x1\">" + lead + "</p></div>"
                + "<div class=\"story-body\"><p>" + FIRST + "</p><p>" + SECOND + "</p><p>" + THIRD + "</p></div>"
                + "</body></html>";
        HtmlExtraction x = extractor.extract(page.getBytes(StandardCharsets.UTF_8), null);
        assertEquals(lead, x.paragraphs().get(0));
        assertEquals(FIRST, x.paragraphs().get(1));
    }

    @Test
    void aFormOrAsideThatWrapsTheWholeArticleIsNotDroppedAsChrome() {
        String page = "<html><body><form id=\"aspnetForm\"><div><h1>مزارعون يحتجون أمام المحافظة</h1>"
                + "<div class=\"article-text\"><p>" + FIRST + "</p><p>" + SECOND + "</p></div></div>"
                + "<aside><p>" + SIDEBAR + "</p></aside></form></body></html>";
        String text = extractor.extract(page.getBytes(StandardCharsets.UTF_8), null).text();
        assertTrue(text.contains(FIRST) && text.contains(SECOND), text);
        assertFalse(text.contains(SIDEBAR));
    }

    @Test
    void captionsAndPhotoCreditsAreLeftOutUnlessTheyCarryProse() {
        String page = "<html><body><article><h1>مزارعون يحتجون</h1><figure><img src=\"a.jpg\">"
                + "<figcaption>صورة: وكالة المثال</figcaption></figure><p>" + FIRST + "</p><p>" + SECOND
                + "</p><span class=\"photoCredit\">تصوير أحمد</span></article></body></html>";
        String text = extractor.extract(page.getBytes(StandardCharsets.UTF_8), null).text();
        assertTrue(text.contains(FIRST));
        assertFalse(text.contains("وكالة المثال"), text);
        assertFalse(text.contains("تصوير أحمد"), text);
    }

    @Test
    void classNamesAreMatchedAsWordsNotInsideOtherWords() {
        assertEquals("apage root sections", Boilerplate.words("APageRoot__Sections"));
        assertEquals("post comments main2", Boilerplate.words("post-comments  #main2"));
    }

    @Test
    void aScriptRenderedPageTakesItsTextFromTheJsonLdArticleBody() {
        String json = (FIRST + "\\n" + SECOND + "\\n" + THIRD + "\\n" + FIRST).replace("\"", "\\\"");
        String page = "<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", "
                + "\"articleBody\": \"" + json + "\"}</script></head><body><div id=\"app\"><h1>مزارعون يحتجون</h1>"
                + "<p>يرجى تفعيل جافاسكربت لقراءة هذا الخبر كاملا.</p></div></body></html>";
        HtmlExtraction x = extractor.extract(page.getBytes(StandardCharsets.UTF_8), null);
        assertEquals(java.util.List.of(FIRST, SECOND, THIRD, FIRST), x.paragraphs());
        assertEquals("سطر \"أول\"\né", JsonLdBody.jsonString("سطر \\\"أول\\\"\\n\\u00e9\" بقية", 0));
    }

    @Test
    void theArabicCommaCountsTowardsAParagraphScore() {
        assertEquals(3, ContentScorer.commas("أ، ب، ج, د"));
    }
}
