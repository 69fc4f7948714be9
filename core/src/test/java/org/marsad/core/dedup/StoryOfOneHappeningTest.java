package org.marsad.core.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.core.decide.EventDecider;
import org.marsad.core.pipeline.Pipeline;
import org.marsad.core.segment.Page;
import org.marsad.core.segment.PageFormat;
import org.marsad.core.segment.PageMeta;
import org.marsad.model.Event;
import org.marsad.model.EventType;

/**
 * Issue 16, one happening told in several sentences, in our own words: a definite event noun in a detail sentence
 * ("الغارات", "الاجتماع") points back to the happening told before and joins it, even when the detail sentence reads
 * another recipient; a definite noun whose own sentence names another place, and an indefinite new attack, stay
 * apart. Every candidate kept, so that what is scored is the merge.
 */
class StoryOfOneHappeningTest {
    private static final Pipeline RULES = Pipeline.standard().withDecider(EventDecider.RULES);

    private static List<Event> ofType(String body, EventType type) {
        String text = "أخبار اليوم\n\n" + body + "\n";
        Page page = Page.of("story.txt", PageFormat.SCRAPED_TEXT, text,
                new PageMeta(null, null, LocalDate.of(2025, 6, 10), null, null));
        return RULES.process(page).events().stream().filter(e -> e.type() == type).toList();
    }

    @Test
    void aDefiniteNounInADetailSentenceJoinsTheRaidToldBefore() {
        List<Event> out = ofType("شنت طائرات التحالف العربي غارات على مواقع الحوثيين في مدينة الحديدة صباح اليوم. "
                + "وقال متحدث باسم التحالف إن الطائرات دمرت مخازن للأسلحة. "
                + "وأسفرت الغارات عن مقتل عشرين مسلحا من قوات النخبة الإيرانية.", EventType.ASSAULT);
        assertEquals(1, out.size(), "one raid, told twice, in: " + out);
        assertFalse(out.get(0).mentions().isEmpty(), "the detail is a mention in: " + out);
    }

    @Test
    void aDefiniteNounNamingAnotherPlaceAndANewAttackStayApart() {
        List<Event> out = ofType("شنت طائرات التحالف العربي غارات على مواقع الحوثيين في مدينة الحديدة صباح اليوم. "
                + "وأسفرت الغارات على مدينة صعدة مساء اليوم عن تدمير مخزن للسلاح. "
                + "وفي سياق آخر، هاجم مسلحون حاجزا للشرطة في مدينة عدن.", EventType.ASSAULT);
        assertEquals(3, out.size(), "three attacks in: " + out);
    }

    @Test
    void aSpeakersCallToldAgainIsOneCallAndCallsToTwoSidesAreTwo() {
        List<Event> one = ofType("طالبت مصر اليوم المجتمع الدولي بالتحرك العاجل. "
                + "ودعت وزارة الخارجية الأردنية أمس إسرائيل إلى وقف الاستيطان في الضفة الغربية. "
                + "وقال المتحدث باسم الوزارة في بيان إن الأردن يتابع التطورات عن كثب. "
                + "ودعت وزارة الخارجية الأردنية إسرائيل إلى احترام القانون الدولي.", EventType.REQUEST);
        assertEquals(2, one.size(), "Egypt's call, and Jordan's told twice, in: " + one);
        List<Event> two = ofType("دعت وزارة الخارجية الأردنية أمس إسرائيل إلى وقف الاستيطان في الضفة الغربية. "
                + "وقال المتحدث باسم الوزارة في بيان إن الأردن يتابع التطورات عن كثب. "
                + "ودعت وزارة الخارجية الأردنية الولايات المتحدة إلى التدخل.", EventType.REQUEST);
        assertEquals(2, two.size(), "two calls to two sides in: " + two);
    }

    @Test
    void definiteNounsAreRecognisedWithTheirProclitics() {
        assertTrue(ArticleEventMerger.definiteNoun("الغارات"));
        assertTrue(ArticleEventMerger.definiteNoun("وبالهجوم"));
        assertTrue(ArticleEventMerger.definiteNoun("للاجتماع"));
        assertFalse(ArticleEventMerger.definiteNoun("غارات"));
        assertFalse(ArticleEventMerger.definiteNoun("وقتل"));
        assertFalse(ArticleEventMerger.definiteNoun("بقصف"));
    }
}
