package org.marsad.core.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.core.segment.Page;
import org.marsad.core.segment.PageFormat;
import org.marsad.core.segment.PageMeta;
import org.marsad.model.Event;

/**
 * Page chrome yields no event, and the article's own events come out as from the clean page (issue 16): a
 * breaking-news strip, unrelated headlines, promo and share lines, an English embed, code, Arabic presentation
 * forms, tatweel, a repeated paragraph. Every page is written here.
 */
class PageChromeTest {
    /** With the rules' decision: these tests are about what the splitter leaves as article text, not the decider. */
    private static final Pipeline PIPELINE = Pipeline.standard().withDecider(org.marsad.core.decide.EventDecider.RULES);
    private static final String HEADLINE = "مقتل أربعة مدنيين بقصف على بلدة في ريف إدلب";
    private static final String P1 = "قتل أربعة مدنيين وأصيب ستة آخرون صباح الاثنين بقصف مدفعي استهدف بلدة سرمين "
            + "في ريف إدلب الشرقي، بحسب مصادر محلية.";
    private static final String P2 = "وقال الدفاع المدني إن فرقه نقلت الجرحى إلى مستشفى قريب، وإن القصف دمر منزلين "
            + "في وسط البلدة.";
    private static final String P3 = "ودعا محافظ إدلب المنظمات الإنسانية إلى إرسال المساعدات إلى العائلات المتضررة.";

    /** What a reader keeps of an event: its type, its trigger, its place and its dead. */
    private static List<String> read(String text) {
        Page page = Page.of("chrome.txt", PageFormat.SCRAPED_TEXT, text,
                new PageMeta(null, null, LocalDate.of(2025, 3, 3), null, null));
        return PIPELINE.process(page).events().stream().map(PageChromeTest::gist).toList();
    }

    private static String gist(Event e) {
        return e.type() + " " + e.trigger().text() + " @" + (e.location() == null ? "-" : e.location().name())
                + " dead=" + (e.size() == null ? null : e.size().dead()) + " " + e.date().value();
    }

    private static String article(String before, String between, String after) {
        return before + HEADLINE + "\n\n" + P1 + "\n" + between + P2 + "\n" + P3 + "\n" + after;
    }

    private static final List<String> CLEAN = read(article("", "", ""));

    @Test
    void theCleanArticleHasEvents() {
        assertFalse(CLEAN.isEmpty());
    }

    /** The chrome's words are read as an event when they are an article's text: the tests below can fail. */
    @Test
    void theChromeWordsAloneWouldYieldEvents() {
        for (String s : new String[] {"مقتل ثلاثة جنود في هجوم على نقطة تفتيش قرب الموصل.",
            "اعتقال عشرة متظاهرين في الخرطوم.",
            "مقتل طفلين بسقوط قذيفة على سوق شعبي في حلب.", "مقتل خمسة في قصف على حمص."}) {
            assertFalse(read("خبر محلي\n\n" + s + "\n").isEmpty(), s);
        }
    }

    @Test
    void aBreakingNewsStripAboveTheArticleYieldsNoEvent() {
        String strip = "عاجل | انفجار سيارة مفخخة في حي الكرادة وسط بغداد | عاجل | اشتباكات في محيط مطار طرابلس\n"
                + "عاجل: مقتل ثلاثة جنود في هجوم على نقطة تفتيش قرب الموصل\n\n";
        assertEquals(CLEAN, read(article(strip, "", "")));
    }

    @Test
    void unrelatedHeadlinesAfterTheArticleYieldNoEvent() {
        String more = "\nأخبار ذات صلة\nغارات جوية على مواقع في ريف حماة\nاعتقال عشرة متظاهرين في الخرطوم\n"
                + "مقتل جندي بانفجار لغم في سيناء\n";
        assertEquals(CLEAN, read(article("", "", more)));
    }

    @Test
    void promoAndShareLinesYieldNoEvent() {
        String promo = "شاهد بالفيديو: مقتل طفلين بسقوط قذيفة على سوق شعبي في حلب\n"
                + "شارك الخبر عبر فيسبوك وتويتر وواتساب\n";
        String end = "\nتابعونا على تلغرام لمتابعة آخر أخبار الاشتباكات والغارات لحظة بلحظة\n"
                + "اشترك في النشرة البريدية لتصلك أخبار الهجمات والاحتجاجات\n";
        assertEquals(CLEAN, read(article("", promo, end)));
    }

    @Test
    void anEmbeddedEnglishTweetYieldsNoEvent() {
        String tweet = "Five people were killed and twelve wounded in an airstrike on a market in Aleppo today. "
                + "pic.twitter.com/abc123\n— Local Monitor (@monitor) March 3, 2025\n";
        assertEquals(CLEAN, read(article("", tweet, "")));
    }

    @Test
    void codeAndAdScriptsYieldNoEvent() {
        String code = ".ad-slot{display:none;margin:0 auto} #breaking{color:red}\n"
                + "googletag.cmd.push(function(){ googletag.display('div-gpt-ad-1'); });\n"
                + "var alertText = \"مقتل خمسة في قصف على حمص\"; showTicker(alertText);\n";
        assertEquals(CLEAN, read(article("", code, "")));
    }

    @Test
    void presentationFormsAndTatweelReadLikeCleanText() {
        String styled = presentationForms(P1).replace("مدنيين", "مـــدنيين");
        List<String> got = read(HEADLINE + "\n\n" + styled + "\n" + P2 + "\n" + P3 + "\n");
        assertEquals(CLEAN.stream().map(PageChromeTest::typeAndDead).toList(),
                got.stream().map(PageChromeTest::typeAndDead).toList());
    }

    @Test
    void aRepeatedParagraphIsReadOnce() {
        assertEquals(CLEAN, read(article("", P1 + "\n", "")));
    }

    @Test
    void wordsRunTogetherAtAKnownNameReadLikeCleanText() {
        String clean = "وطالب الأمين العام للأمم المتحدة بوقف القصف على البلدة فورا.";
        String glued = "وطالب الأمينالعام للأممالمتحدة بوقف القصف على البلدة فورا.";
        List<String> a = events(HEADLINE + "\n\n" + P1 + "\n" + clean + "\n").stream().map(PageChromeTest::actor)
                .toList();
        List<String> b = events(HEADLINE + "\n\n" + P1 + "\n" + glued + "\n").stream().map(PageChromeTest::actor)
                .toList();
        assertTrue(a.stream().anyMatch(s -> s.contains("IGOUNO")), a.toString());
        assertEquals(a, b);
    }

    private static String actor(Event e) {
        return gist(e) + " actor=" + (e.actor() == null ? null : e.actor().code());
    }

    private static List<Event> events(String text) {
        Page page = Page.of("chrome.txt", PageFormat.SCRAPED_TEXT, text,
                new PageMeta(null, null, LocalDate.of(2025, 3, 3), null, null));
        return PIPELINE.process(page).events();
    }

    private static String typeAndDead(String gist) {
        return gist.substring(0, gist.indexOf(' ')) + gist.substring(gist.indexOf(" @"));
    }

    /** Each letter as its isolated presentation form (U+FE80-U+FEFC), as old PDF exports write Arabic. */
    static String presentationForms(String s) {
        String letters = "ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي";
        char[] forms = {0xFE80, 0xFE81, 0xFE83, 0xFE85, 0xFE87, 0xFE89, 0xFE8D, 0xFE8F, 0xFE93, 0xFE95, 0xFE99,
            0xFE9D, 0xFEA1, 0xFEA5, 0xFEA9, 0xFEAB, 0xFEAD, 0xFEAF, 0xFEB1, 0xFEB5, 0xFEB9, 0xFEBD, 0xFEC1, 0xFEC5,
            0xFEC9, 0xFECD, 0xFED1, 0xFED5, 0xFED9, 0xFEDD, 0xFEE1, 0xFEE5, 0xFEE9, 0xFEED, 0xFEEF, 0xFEF1};
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            int i = letters.indexOf(c);
            sb.append(i < 0 ? c : forms[i]);
        }
        return sb.toString();
    }
}
