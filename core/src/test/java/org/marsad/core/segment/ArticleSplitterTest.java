package org.marsad.core.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Span;

class ArticleSplitterTest {
    private final ArticleSplitter splitter = new ArticleSplitter();

    static String resource(String name) {
        try (InputStream in = ArticleSplitterTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Page scraped(String text) {
        return Page.of("test", PageFormat.SCRAPED_TEXT, text, PageMeta.NONE);
    }

    /** The span of the first occurrence of {@code line} at or after {@code from}. */
    private static Span spanOf(String text, String line, int from) {
        int s = text.indexOf(line, from);
        assertTrue(s >= 0, "test page lacks: " + line);
        return new Span(s, s + line.length());
    }

    private static List<Block> blocks(Article a, BlockKind kind) {
        return a.blocks().stream().filter(b -> b.kind() == kind).toList();
    }

    @Test
    void aPageWithARelatedBlockBetweenTwoArticlesSplitsIntoArticleTeasersArticle() {
        String text = resource("two-articles.txt");
        List<Article> articles = splitter.split(scraped(text));

        assertEquals(5, articles.size());
        assertEquals(List.of(false, true, true, true, false), articles.stream().map(Article::teaser).toList());
        assertEquals(List.of(0, 2, 3, 4, 1), articles.stream().map(Article::index).toList(),
                "a teaser is not an article: the second article is 1, the teasers come after");
        assertEquals(List.of("وزراء خارجية دول الجوار يبحثون في عمّان تأمين الحدود الشمالية",
                        "الرياض تستضيف جولة جديدة من المحادثات الاقتصادية",
                        "احتجاجات في بيروت على ارتفاع أسعار الوقود",
                        "خفر السواحل ينقذ عشرات المهاجرين قبالة السواحل الليبية",
                        "البرلمان يقر قانون الانتخابات الجديد بعد جلسة صاخبة"),
                articles.stream().map(Article::headline).toList());
    }

    @Test
    void theFirstArticleHasItsHeadlineDekCaptionsAndFourParagraphs() {
        String text = resource("two-articles.txt");
        Article first = splitter.split(scraped(text)).get(0);

        assertEquals(new Span(0, 61), first.headlineSpan()); // the first line, not its repeat after "TT"
        assertEquals(List.of(new Block(BlockKind.DEK, spanOf(text, "اجتماع طارئ قبل القمة العربية وسط مخاوف من موجة نزوح جديدة", 0))),
                blocks(first, BlockKind.DEK));
        assertEquals(4, first.bodyBlocks().size());
        assertEquals(spanOf(text, "عقد وزراء خارجية خمس دول مجاورة اجتماعاً طارئاً في العاصمة الأردنية عمّان، الأحد، "
                + "لبحث سبل تأمين الحدود الشمالية ومنع تهريب السلاح، وذلك قبل أسبوع من انعقاد القمة العربية المقبلة.", 0),
                first.bodyBlocks().get(0).span());
        // four copies of the photo caption in the header and one between paragraphs
        assertEquals(5, blocks(first, BlockKind.CAPTION).size());
        assertEquals(spanOf(text, "دورية لحرس الحدود قرب معبر حدودي (رويترز)", 0), blocks(first, BlockKind.CAPTION).get(4).span());
    }

    @Test
    void theHeadlineRepeatedAfterTheChromeIsChromeNotASecondArticle() {
        String text = resource("two-articles.txt");
        Article first = splitter.split(scraped(text)).get(0);
        Span repeat = spanOf(text, first.headline(), first.headlineSpan().end());
        assertTrue(first.blocks().contains(new Block(BlockKind.CHROME, repeat)));
    }

    @Test
    void eachTeaserHasItsDekAndBylineAndNoBody() {
        String text = resource("two-articles.txt");
        List<Article> articles = splitter.split(scraped(text));
        Article third = articles.get(3);

        assertEquals(List.of(), third.bodyBlocks());
        assertEquals(spanOf(text, "أنقذ خفر السواحل أكثر من ستين مهاجراً كانوا على متن قارب مطاطي تعطل محركه في عرض البحر، "
                + "بحسب بيان رسمي.", 0), blocks(third, BlockKind.DEK).get(0).span());
        assertEquals(List.of(new Block(BlockKind.BYLINE, spanOf(text, "سلمى العربي (طرابلس) كريم منصور (تونس)", 0))),
                blocks(third, BlockKind.BYLINE));
        // the section label and image caption printed before a teaser's headline belong to that teaser
        assertEquals(spanOf(text, "شمال أفريقيا عناصر من خفر السواحل خلال عملية إنقاذ (رويترز)", 0), third.blocks().get(0).span());
        assertEquals(BlockKind.BYLINE, blocks(articles.get(1), BlockKind.BYLINE).get(0).kind());
    }

    @Test
    void afterTheTeasersAFullArticleStartsWithItsOwnBody() {
        String text = resource("two-articles.txt");
        Article last = splitter.split(scraped(text)).get(4);

        assertFalse(last.teaser());
        assertEquals(3, last.bodyBlocks().size());
        assertEquals(spanOf(text, "ويعتمد القانون الجديد نظام القائمة النسبية المغلقة، ويقسم البلاد إلى خمس عشرة دائرة انتخابية "
                + "بدلاً من ثلاثين.", 0), last.bodyBlocks().get(2).span());
    }

    @Test
    void allBlocksOfAnArticleAreInPageOrderAndInsideThePage() {
        String text = resource("two-articles.txt");
        for (Article a : splitter.split(scraped(text))) {
            for (int i = 1; i < a.blocks().size(); i++) {
                assertTrue(a.blocks().get(i - 1).span().end() <= a.blocks().get(i).span().start());
            }
            a.blocks().forEach(b -> assertTrue(b.span().end() <= text.length()));
        }
    }

    @Test
    void aPortalPageKeepsItsArticleAndDropsMenuStampsWidgetsAndMostReadLinks() {
        String text = resource("portal-page.txt");
        List<Article> articles = splitter.split(scraped(text));

        assertEquals(List.of(false, true, true), articles.stream().map(Article::teaser).toList());
        Article a = articles.get(0);
        assertEquals("فيضانات السودان تشرد آلاف الأسر في ولاية نهر النيل", a.headline());
        assertEquals(3, a.bodyBlocks().size());
        assertEquals(List.of(new Block(BlockKind.BYLINE, spanOf(text, "الخرطوم - وكالات", 0))), blocks(a, BlockKind.BYLINE));
        assertEquals(List.of(new Block(BlockKind.CAPTION, spanOf(text, "التعليق على الصورة، أسر نازحة تنصب خياماً على طريق سريع", 0))),
                blocks(a, BlockKind.CAPTION));
        assertEquals("أسعار الذهب تتراجع مع صعود الدولار", articles.get(2).headline());
    }

    @Test
    void anInlineReadAlsoListIsTeasersAndTheArticleResumesAfterIt() {
        String text = resource("inline-links.txt");
        List<Article> articles = splitter.split(scraped(text));

        assertEquals(List.of(false, true, true), articles.stream().map(Article::teaser).toList());
        Article main = articles.get(0);
        assertEquals(6, main.bodyBlocks().size()); // two before the list, two after it, two after the crosshead
        assertEquals(spanOf(text, "ويرى محللون أن نجاح الخطة مرهون بتوفير التمويل الخارجي في الوقت المناسب.", 0),
                main.bodyBlocks().get(5).span());
        assertEquals("الأرصاد تحذر من أمطار غزيرة نهاية الأسبوع", articles.get(2).headline());
    }

    @Test
    void aCrossheadInsideTheBodyDoesNotStartAnArticle() {
        String text = """
                المزارعون يطالبون بتعويضات بعد موجة الصقيع

                طالب مزارعون في السهول الشمالية، الأربعاء، بتعويضات عاجلة بعد أن أتلفت موجة صقيع محاصيلهم.

                أضرار واسعة في البساتين

                وقدرت نقابة المزارعين الخسائر بملايين الدولارات، مشيرة إلى أن أشجار الحمضيات هي الأكثر تضرراً.

                ودعت النقابة الحكومة إلى تأجيل أقساط القروض الزراعية حتى الموسم المقبل.
                """;
        List<Article> articles = splitter.split(scraped(text));
        assertEquals(1, articles.size());
        assertEquals(3, articles.get(0).bodyBlocks().size());
        assertEquals(List.of(new Block(BlockKind.CAPTION, spanOf(text, "أضرار واسعة في البساتين", 0))),
                blocks(articles.get(0), BlockKind.CAPTION));
    }

    @Test
    void aSecondArticleWithoutMarkerStartsAtAHeadlineWhoseImageCaptionIsPrintedTwice() {
        String text = """
                انطلاق حملة التطعيم ضد شلل الأطفال في المحافظات الجنوبية

                بدأت وزارة الصحة، الأحد، حملة تطعيم واسعة ضد شلل الأطفال تستهدف أكثر من مليون طفل.

                وقالت الوزارة إن فرقها ستجوب المنازل والمدارس طوال أسبوعين.

                وزير الخارجية يصل إلى أنقرة في زيارة رسمية
                الوزير لدى وصوله إلى المطار (الخارجية)
                الوزير لدى وصوله إلى المطار (الخارجية)

                وصل وزير الخارجية إلى أنقرة، مساء الاثنين، في زيارة رسمية تستمر يومين.

                ومن المقرر أن يلتقي الوزير نظيره التركي لبحث ملفات التجارة والمياه.
                """;
        List<Article> articles = splitter.split(scraped(text));
        assertEquals(2, articles.size());
        assertEquals("وزير الخارجية يصل إلى أنقرة في زيارة رسمية", articles.get(1).headline());
        assertEquals(2, articles.get(1).bodyBlocks().size());
    }

    @Test
    void aTeaserWithTwoDekParagraphsButNoHeaderSignStaysATeaser() {
        String text = """
                المحكمة العليا ترفض الطعن في نتائج الانتخابات البلدية

                رفضت المحكمة العليا، الخميس، الطعون المقدمة من ثلاثة أحزاب في نتائج الانتخابات البلدية.

                وقالت المحكمة في حكمها إن الطعون لم تستند إلى أدلة كافية.

                مقالات ذات صلة

                الأحزاب الخاسرة تدعو إلى التظاهر

                دعت أحزاب المعارضة أنصارها إلى التظاهر أمام مقر اللجنة الانتخابية.

                وقالت الأحزاب إنها ستواصل الاحتجاج حتى إعادة الفرز.
                """;
        List<Article> articles = splitter.split(scraped(text));
        assertEquals(List.of(false, true), articles.stream().map(Article::teaser).toList());
        assertEquals(2, blocks(articles.get(1), BlockKind.DEK).size());
    }

    @Test
    void aLastTeaserWhoseHeadlineComesBackWithAnArticleHeaderAndParagraphsIsAFullArticle() {
        String text = """
                المحكمة العليا ترفض الطعن في نتائج الانتخابات البلدية

                رفضت المحكمة العليا، الخميس، الطعون المقدمة من ثلاثة أحزاب في نتائج الانتخابات البلدية.

                وقالت المحكمة في حكمها إن الطعون لم تستند إلى أدلة كافية، وإن النتائج نهائية.

                مقالات ذات صلة

                شؤون محلية عمال في ورشة بناء (أرشيفية)

                الحكومة تقر خطة لتشغيل الشباب في المحافظات

                أقرت الحكومة خطة لتشغيل عشرة آلاف شاب في المحافظات الداخلية خلال العام المقبل.

                سامر الحداد (عمّان)

                الحكومة تقر خطة لتشغيل الشباب في المحافظات

                عمال في ورشة بناء (أرشيفية)
                عمال في ورشة بناء (أرشيفية)
                TT

                الحكومة تقر خطة لتشغيل الشباب في المحافظات

                أعلن وزير العمل أن الخطة ستموّل من صندوق التنمية، وأن التسجيل يبدأ الشهر المقبل.

                وأوضح الوزير أن الأولوية ستكون لحملة الشهادات المهنية، وأن الأجور ستدفع شهريا.

                وكانت نقابات عمالية قد طالبت الحكومة بخطة مماثلة منذ مطلع العام.
                """;
        List<Article> articles = splitter.split(scraped(text));
        assertEquals(List.of(false, false), articles.stream().map(Article::teaser).toList());
        assertEquals("الحكومة تقر خطة لتشغيل الشباب في المحافظات", articles.get(1).headline());
        assertEquals(3, blocks(articles.get(1), BlockKind.BODY).size());
    }

    @Test
    void aRelatedBoxOfBareHeadlinesInsideAnArticleLetsTheArticleResume() {
        String text = """
                ارتفاع أسعار الخبز للمرة الثانية هذا العام

                رفعت الحكومة، السبت، سعر ربطة الخبز بنسبة عشرين في المائة بسبب ارتفاع كلفة القمح المستورد.

                وقال وزير التجارة إن الدعم سيبقى للأسر الأشد فقراً.

                أخبار ذات صلة

                نقص الوقود يشل حركة النقل في العاصمة

                المزارعون يطالبون بدعم أسعار البذور

                واحتج عشرات المواطنين أمام مبنى الوزارة على القرار، مطالبين بالتراجع عنه فوراً.

                وتوقع اقتصاديون أن يرتفع التضخم الشهر المقبل.
                """;
        List<Article> articles = splitter.split(scraped(text));
        assertEquals(List.of(false, true, true), articles.stream().map(Article::teaser).toList());
        assertEquals(4, articles.get(0).bodyBlocks().size());
    }

    @Test
    void pageChromeBeforeTheHeadlineIsLeftOutAndTheRepeatedTitleIsTheHeadline() {
        String text = """
                الرئيسية
                أخبار
                السبت 6 أبريل 2024 - 10:15 ص
                قائد الجيش يتفقد الوحدات المنتشرة على الحدود
                زيارة مفاجئة
                قائد الجيش يتفقد الوحدات المنتشرة على الحدود

                تفقد قائد الجيش، السبت، الوحدات العسكرية المنتشرة على الحدود الشرقية واطلع على جاهزيتها.

                وأكد القائد خلال الجولة أن الجيش سيواصل ضبط الحدود ومنع أي تسلل.
                """;
        Article a = splitter.split(scraped(text)).get(0);
        assertEquals("قائد الجيش يتفقد الوحدات المنتشرة على الحدود", a.headline());
        assertEquals(spanOf(text, a.headline(), 0), a.headlineSpan());
        assertEquals(2, a.bodyBlocks().size());
    }

    @Test
    void aPageWithoutATitleLineIsOneArticleWithoutHeadline() {
        String text = "أعلن الجيش إسقاط طائرة مسيرة فوق البحر.\nوقال المتحدث إن الطائرة كانت تحمل متفجرات.";
        List<Article> articles = splitter.split(scraped(text));
        assertEquals(1, articles.size());
        assertNull(articles.get(0).headline());
        assertEquals(2, articles.get(0).bodyBlocks().size());
    }

    @Test
    void aBlankPageHasNoArticles() {
        assertEquals(List.of(), splitter.split(scraped(" \n\n\t\n")));
    }

    @Test
    void aTitledPageIsOneArticleWithTheTitleAsHeadlineAndTheRestAsBody() {
        String text = "هدنة إنسانية في المدينة\n\nأعلنت الأطراف المتحاربة هدنة لثلاثة أيام.\nشارك\nوبدأت الهدنة صباح الجمعة.";
        Page page = Page.of("t", PageFormat.ANT_DOC, text, new PageMeta(null, null, null, "هدنة إنسانية في المدينة"));
        List<Article> articles = splitter.split(page);
        assertEquals(1, articles.size());
        assertEquals(new Span(0, 23), articles.get(0).headlineSpan());
        assertEquals(2, articles.get(0).bodyBlocks().size());
        assertTrue(articles.get(0).blocks().contains(new Block(BlockKind.CHROME, spanOf(text, "شارك", 0))));
    }

    @Test
    void theSeedPageSplitsIntoItsTwoArticlesAroundTheTeasers() throws IOException {
        var seed = SharedData.find("samples/seed-page.txt");
        org.junit.jupiter.api.Assumptions.assumeTrue(seed.isPresent(), "shared/samples/seed-page.txt not found");
        var gold = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(seed.get().resolveSibling("seed-page.gold.json").toFile());
        Collect got = new Collect();
        new PageReader().read(seed.get(), got);
        List<Article> articles = splitter.split(got.pages.get(0));

        List<Article> full = articles.stream().filter(a -> !a.teaser()).toList();
        assertEquals(2, full.size());
        assertEquals(gold.get("articles").get(0).get("headline").asText(), full.get(0).headline());
        assertEquals(gold.get("articles").get(1).get("headline").asText(), full.get(1).headline());
        assertTrue(articles.stream().filter(Article::teaser).count() >= 4);
        // the teasers sit between the two articles
        assertTrue(articles.stream().filter(Article::teaser).allMatch(t -> articles.indexOf(t) > articles.indexOf(full.get(0))
                && articles.indexOf(t) < articles.indexOf(full.get(1))));
        assertEquals(List.of(0, 1), full.stream().map(Article::index).toList(), "the seed page's second article is 1");
    }

    @Test
    void realAntArticlesLaidOutAsScrapedPagesStayOneArticleUnderTheirTitle() throws IOException {
        var corpus = SharedData.find("data/corpora/ANT_multisource_v2.1");
        org.junit.jupiter.api.Assumptions.assumeTrue(corpus.isPresent(), "ANT corpus not found");
        Collect got = new Collect();
        try (var outlets = java.nio.file.Files.list(corpus.get())) {
            for (var outlet : outlets.filter(java.nio.file.Files::isDirectory).sorted().toList()) {
                try (var files = java.nio.file.Files.walk(outlet)) {
                    files.filter(f -> f.toString().endsWith(".txt")).sorted().limit(60).forEach(f -> new PageReader().read(f, got));
                }
            }
        }
        int right = 0;
        for (Page p : got.pages) {
            // the record as a scraped page: title, blank line, then each paragraph after a blank line
            String title = p.meta().title().strip();
            String body = p.text().substring(p.text().indexOf("\n\n") + 2);
            String page = title + "\n\n" + String.join("\n\n", body.split("\n"));
            List<Article> articles = splitter.split(scraped(page));
            long full = articles.stream().filter(a -> !a.teaser()).count();
            right += full == 1 && title.equals(articles.get(0).headline()) ? 1 : 0;
        }
        assertTrue(got.pages.size() >= 100);
        assertTrue(right >= 0.97 * got.pages.size(), right + " of " + got.pages.size());
    }
}
