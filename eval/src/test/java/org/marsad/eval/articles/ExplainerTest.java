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

    @Test
    void falsePositivesSayWhatTheyAreNear() {
        String text = "تظاهر مزارعون في عمان. وهتف المزارعون ضد الحكومة. واتهمت الحكومة جهات بالتحريض.";
        GoldEvent march = Gold.event("{\"type\":\"PROTEST\",\"actor\":\"JORCVL\",\"trigger\":\"تظاهر\"}");
        GoldArticle article = new GoldArticle(0, "مزارعون يحتجون", null, List.of(march));
        Alignment aligned = new Alignment(article, ALIGNED.system(), ALIGNED.nearest(), 1.0, false);
        Event lead = Sys.event(EventType.PROTEST).actor("JORCVL").trigger("تظاهر", 0).sentence(0, 22).build();
        Event sameSentence = Sys.event(EventType.PROTEST).actor("JORCVL").trigger("مزارعون", 6).sentence(0, 22).build();
        Event wrongActor = Sys.event(EventType.PROTEST).actor("EGYCVL").trigger("تظاهر", 0).sentence(0, 22).build();
        Event wrongType = Sys.event(EventType.ACCUSE).actor("JORCVL").trigger("تظاهر", 0).sentence(0, 22).build();
        Event later = Sys.event(EventType.PROTEST).actor("JORCVL").trigger("وهتف", 23).sentence(23, 49).build();
        Event stray = Sys.event(EventType.ACCUSE).actor("JORGOV").trigger("واتهمت", 50).sentence(50, 79).build();
        ArticleScore s = new ArticleScore(aligned, List.of(lead, sameSentence, wrongActor, wrongType, later, stray),
                EventPairer.pair(article.events(), List.of(lead, sameSentence, wrongActor, wrongType, later, stray)));
        assertTrue(Explainer.whyFalse(sameSentence, s, text).startsWith("why: repeat of g0 in its sentence, matched by"),
                Explainer.whyFalse(sameSentence, s, text));
        assertTrue(Explainer.whyFalse(wrongActor, s, text).startsWith("why: wrong actor for g0"));
        assertTrue(Explainer.whyFalse(wrongType, s, text).startsWith("why: wrong type"));
        assertTrue(Explainer.whyFalse(later, s, text).startsWith("why: repeat of g0 (matched elsewhere"));
        assertTrue(Explainer.whyFalse(stray, s, text).equals("why: no gold event in its sentence"));
    }

    private static ArticleScore score(Alignment a, Event... system) {
        List<Event> events = List.of(system);
        return new ArticleScore(a, events, EventPairer.pair(a.gold().events(), events));
    }
}
