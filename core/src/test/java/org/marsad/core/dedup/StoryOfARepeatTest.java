package org.marsad.core.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.core.decide.EventDecider;
import org.marsad.core.pipeline.Pipeline;
import org.marsad.core.segment.Page;
import org.marsad.core.segment.PageFormat;
import org.marsad.core.segment.PageMeta;
import org.marsad.model.Event;
import org.marsad.model.EventType;
import org.marsad.model.Mode;

/**
 * Issue 20, one attack told twice in a page, in our own words: a sentence that names a town's dead without a day
 * takes the day of the attack on that town told further down ({@code ArticleDate}), and is then that attack's report
 * ({@link ArticleEventMerger#sameDayRepeats}): one event, so that the page gives the attack's cluster one report,
 * not two of which the cluster could take only one. The page's first attack, elsewhere and on another day, keeps
 * the merge's lead rule from joining them before their fields are filled. A shooting and a shelling of one town the
 * same day are two incidents, and stay two. Every candidate kept, so that what is scored is the merge.
 */
class StoryOfARepeatTest {
    private static final Pipeline RULES = Pipeline.standard().withDecider(EventDecider.RULES);

    private static List<Event> assaults(String body) {
        String text = "أخبار اليوم\n\n" + body + "\n";
        Page page = Page.of("story.txt", PageFormat.SCRAPED_TEXT, text,
                new PageMeta(null, null, LocalDate.of(2025, 3, 12), null, null));
        return RULES.process(page).events().stream().filter(e -> e.type() == EventType.ASSAULT).toList();
    }

    @Test
    void theTownsDeadToldWithoutADayAreTheAttackOnTheTownThatDay() {
        List<Event> out = assaults("قصفت طائرات حربية مواقع في مدينة الموصل يوم الخميس الماضي. "
                + "وقتل عشرة مدنيين في مدينة حمص. "
                + "وكانت قوات النظام قد قصفت مدينة حمص يوم الأحد بالمدفعية الثقيلة.");
        assertEquals(2, out.size(), "the strike on Mosul, and the shelling of Homs told twice, in: " + out);
        Event homs = out.get(1);
        assertFalse(homs.mentions().isEmpty(), "the dead are a mention of the shelling in: " + out);
        assertEquals(10, homs.size().dead(), "the shelling takes the toll in: " + out);
        assertEquals("2025-03-09", homs.date().value(), "Sunday before the report in: " + out);
    }

    @Test
    void aShootingAndAShellingOfOneTownTheSameDayStayTwo() {
        List<Event> out = assaults("قصفت طائرات حربية مواقع في مدينة الموصل يوم الخميس الماضي. "
                + "وقال ناشطون إن الجنود أطلقوا النار على متظاهرين في مدينة حمص. "
                + "وكانت قوات النظام قد قصفت مدينة حمص يوم الأحد بالمدفعية الثقيلة.");
        assertEquals(3, out.size(), "Mosul, the shooting and the shelling in: " + out);
    }

    @Test
    void meansDifferOnlyWhenOneIsFireAloneAndTheOtherBombardmentAlone() {
        Set<Mode> fire = EnumSet.of(Mode.FIREARMS);
        Set<Mode> shell = EnumSet.of(Mode.HEAVY_WEAPONS);
        Set<Mode> air = EnumSet.of(Mode.AERIAL);
        assertFalse(ArticleEventMerger.sameMeans(fire, shell));
        assertFalse(ArticleEventMerger.sameMeans(air, fire));
        assertTrue(ArticleEventMerger.sameMeans(shell, air), "a strike told as shelling and as a raid");
        assertTrue(ArticleEventMerger.sameMeans(fire, EnumSet.noneOf(Mode.class)), "no means named says nothing");
        assertTrue(ArticleEventMerger.sameMeans(EnumSet.of(Mode.FIREARMS, Mode.HEAVY_WEAPONS), shell),
                "clashes with shelling and a shelling");
        assertTrue(ArticleEventMerger.sameMeans(EnumSet.of(Mode.MASSACRE), fire));
    }
}
