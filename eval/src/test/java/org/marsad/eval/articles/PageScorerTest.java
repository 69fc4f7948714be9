package org.marsad.eval.articles;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marsad.core.segment.Article;
import org.marsad.core.segment.Page;
import org.marsad.core.segment.PageFormat;
import org.marsad.core.segment.PageMeta;
import org.marsad.eval.Prf;
import org.marsad.model.Event;
import org.marsad.model.EventType;

class PageScorerTest {
    private static final String MAIN = "متظاهرون يطالبون بخفض الأسعار في عمّان";
    private static final String RELATED = "ارتفاع أسعار الخبز في المدن الأردنية";
    private static final String OTHER = "افتتاح معرض للكتاب في العقبة";
    private static final LocalDate PAGE_DATE = LocalDate.of(2025, 3, 1);
    private static final LocalDate GOLD_DATE = LocalDate.of(2025, 3, 10);

    private static final GoldPage GOLD = Gold.page("""
            {"page":"p.txt","articles":[{"headline":"متظاهرون يطالبون بخفض الأسعار في عمّان","published":"2025-03-10",
             "events":[{"type":"PROTEST","actor":"JORCVL","recipient":"JORGOV"},
                       {"type":"REQUEST","actor":"JORCVL","optional":true}]}]}""");

    private final Page page = Page.of("p.txt", PageFormat.SCRAPED_TEXT, "نص", new PageMeta(null, null, PAGE_DATE, null));

    @Test
    void teaserEventsAreFalsePositives() {
        FakeCoder coder = new FakeCoder()
                .article(HeadlineAlignerTest.article(0, MAIN, false, 800),
                        Sys.event(EventType.PROTEST).actor("JORCVL").recipient("JORGOV").build())
                .article(HeadlineAlignerTest.article(1, RELATED, true, 60),
                        Sys.event(EventType.PROTEST).actor("JORCVL").build());
        PageScore s = new PageScorer(coder).score(page, GOLD);
        assertEquals(new Prf(1, 1, 0), s.events());
        assertEquals(1, s.strayEvents(true));
        assertEquals(0, s.strayEvents(false));
    }

    @Test
    void eventsOfUnalignedArticlesAreFalsePositivesAndGoldIsMissed() {
        FakeCoder coder = new FakeCoder().article(HeadlineAlignerTest.article(0, OTHER, false, 800),
                Sys.event(EventType.PROTEST).actor("JORCVL").recipient("JORGOV").build());
        PageScore s = new PageScorer(coder).score(page, GOLD);
        assertEquals(new Prf(0, 1, 1), s.events());
        assertEquals(1, s.strayEvents(false));
        assertEquals(0, s.aligned());
    }

    @Test
    void alignedArticleIsCodedWithTheGoldDateOthersWithThePageDate() {
        Article main = HeadlineAlignerTest.article(0, MAIN, false, 800);
        Article teaser = HeadlineAlignerTest.article(1, RELATED, true, 60);
        FakeCoder coder = new FakeCoder().article(main).article(teaser);
        new PageScorer(coder).score(page, GOLD);
        assertEquals(GOLD_DATE, coder.datesAsked.get(main));
        assertEquals(PAGE_DATE, coder.datesAsked.get(teaser));
    }

    @Test
    void fieldScoresCountMatchedPairsIncludingOptional() {
        FakeCoder coder = new FakeCoder().article(HeadlineAlignerTest.article(0, MAIN, false, 800),
                Sys.event(EventType.PROTEST).actor("JORCVL").recipient("EGYGOV").build(),
                Sys.event(EventType.REQUEST).actor("JORCVL").build());
        PageScore s = new PageScorer(coder).score(page, GOLD);
        assertEquals(new Prf(1, 0, 0), s.events());
        assertEquals(1, s.optionalMatched());
        assertEquals(2, s.fields().pairs());
        assertEquals(1, s.fields().recipient(), "EGYGOV against JORGOV is wrong; no recipient against none is right");
    }

    @Test
    void countsByTypeUseGoldTypeForMissesAndSystemTypeForFalsePositives() {
        FakeCoder coder = new FakeCoder().article(HeadlineAlignerTest.article(0, MAIN, false, 800),
                Sys.event(EventType.THREATEN).actor("JORCVL").build());
        PageScore s = new PageScorer(coder).score(page, GOLD);
        assertEquals(new Prf(0, 0, 1), s.byType().get(EventType.PROTEST));
        assertEquals(new Prf(0, 1, 0), s.byType().get(EventType.THREATEN));
        assertEquals(null, s.byType().get(EventType.REQUEST), "a missed optional event is no miss");
    }

    /** Articles and their events, given; records the publication date each article was coded with. */
    private static final class FakeCoder implements PageCoder {
        private final List<Article> articles = new ArrayList<>();
        private final Map<Article, List<Event>> events = new HashMap<>();
        final Map<Article, LocalDate> datesAsked = new HashMap<>();

        FakeCoder article(Article a, Event... yields) {
            articles.add(a);
            events.put(a, List.of(yields));
            return this;
        }

        @Override
        public List<Article> split(Page p) {
            return articles;
        }

        @Override
        public List<Event> events(Page p, Article a, LocalDate published) {
            datesAsked.put(a, published);
            return events.get(a);
        }
    }
}
