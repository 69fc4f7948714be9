package org.marsad.core.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.core.segment.Page;
import org.marsad.core.segment.PageFormat;
import org.marsad.core.segment.PageMeta;
import org.marsad.model.DatePrecision;
import org.marsad.model.Event;
import org.marsad.model.EventType;

/**
 * The day of a happening told in several sentences (issue 16, "every event has a date"): an act whose sentence
 * gives no day of its own takes the day the article gives its kind of act at the same place; a statement is dated
 * by the day it was said. Sentences written for this test; published on a Wednesday.
 */
class ArticleDateStoryTest {
    private static final Pipeline PIPELINE = Pipeline.standard();

    private static List<Event> events(String body) {
        Page page = Page.of("days.txt", PageFormat.SCRAPED_TEXT, "عنوان الخبر\n\n" + body,
                new PageMeta(null, null, LocalDate.of(2025, 6, 11), null, null));
        List<Event> out = PIPELINE.process(page).events();
        assertFalse(out.isEmpty(), "the story yields events");
        return out;
    }

    private static final String SAYING = "قال مسؤولون محليون الثلاثاء إن طائرات حربية قصفت بلدة سراقب في ريف إدلب.\n\n";

    @Test
    void aStrikeToldAgainTakesTheDayTheArticleGivesItsPlace() {
        List<Event> out = events(SAYING + "وقصفت الطائرات بلدة سراقب فجر الاثنين وقتلت ثلاثة مدنيين.\n");
        Event first = out.get(0);
        assertEquals(EventType.ASSAULT, first.type());
        assertEquals("2025-06-09", first.date().value(), "the strike's day, not the saying's: " + first);
        assertEquals(DatePrecision.DAY, first.date().precision());
    }

    @Test
    void aStrikeOnAnotherTownKeepsTheReportDay() {
        Event first = events(SAYING + "وقصفت الطائرات مدينة درعا فجر الاثنين وقتلت ثلاثة مدنيين.\n").get(0);
        assertEquals("2025-06-11", first.date().value(), first.toString());
        assertEquals(DatePrecision.REPORTED, first.date().precision());
    }

    @Test
    void aThreatIsDatedByTheDayItWasAnnounced() {
        Event threat = events("وكانت الحكومة الأردنية أعلنت في وقت سابق الثلاثاء أن القصف الذي طال موقعا حدوديا "
                + "فجر الاثنين أسفر عن مقتل خمسة جنود، متوعدة بأن الاعتداء لن يمر دون رد.\n").stream()
                .filter(e -> e.type() == EventType.THREATEN).findFirst().orElseThrow();
        assertEquals("2025-06-10", threat.date().value(), threat.toString());
    }
}
