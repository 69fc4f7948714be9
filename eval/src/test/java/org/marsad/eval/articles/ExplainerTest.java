package org.marsad.eval.articles;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Event;
import org.marsad.model.EventType;

class ExplainerTest {
    private static final GoldEvent PROTEST = Gold.event("{\"type\":\"PROTEST\",\"actor\":\"JORCVL\"}");
    private static final GoldArticle ARTICLE = new GoldArticle(0, "مزارعون يحتجون", null, List.of(PROTEST));
    private static final Alignment ALIGNED = new Alignment(ARTICLE,
            HeadlineAlignerTest.article(0, "مزارعون يحتجون", false, 100),
            HeadlineAlignerTest.article(0, "مزارعون يحتجون", false, 100), 1.0, false);

    @Test
    void missingTypeIsSaid() {
        String why = Explainer.whyNot(PROTEST, score(ALIGNED, Sys.event(EventType.ACCUSE).actor("JORCVL").build()));
        assertTrue(why.startsWith("no system event of type PROTEST"), why);
        assertTrue(why.contains("ACCUSE=1"), why);
    }

    @Test
    void wrongActorIsSaidWithTheSystemsActors() {
        String why = Explainer.whyNot(PROTEST, score(ALIGNED, Sys.event(EventType.PROTEST).actor("EGYCVL").build()));
        assertTrue(why.contains("none with actor JORCVL") && why.contains("EGYCVL"), why);
    }

    @Test
    void unalignedArticleIsSaid() {
        Alignment none = new Alignment(ARTICLE, null, HeadlineAlignerTest.article(3, "خبر آخر", false, 10), 0.2, false);
        String why = Explainer.whyNot(PROTEST, score(none));
        assertTrue(why.startsWith("article not aligned: nearest system headline is #3"), why);
    }

    @Test
    void falsePositiveLineQuotesItsSentence() {
        String text = "أغلق محتجون الطريق الرئيسي.";
        Event e = Sys.event(EventType.PROTEST).actor("EGYCVL").trigger("أغلق", 0).build();
        List<String> lines = Explainer.lines(score(ALIGNED, e), text);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("[FP]")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.contains("in: أغلق")), lines.toString());
    }

    private static ArticleScore score(Alignment a, Event... system) {
        List<Event> events = List.of(system);
        return new ArticleScore(a, events, EventPairer.pair(a.gold().events(), events));
    }
}
