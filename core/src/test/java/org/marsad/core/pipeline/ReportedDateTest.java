package org.marsad.core.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.core.segment.Page;
import org.marsad.core.segment.PageFormat;
import org.marsad.core.segment.PageMeta;
import org.marsad.model.DatePrecision;
import org.marsad.model.Event;

/** Every event has a date: a date in the text wins; without one, the report's day with precision "reported". */
class ReportedDateTest {
    private static final Pipeline PIPELINE = Pipeline.standard();
    private static final LocalDate PUBLISHED = LocalDate.of(2025, 6, 12);

    private static List<Event> events(String body, LocalDate published) {
        String text = "اشتباكات في ريف المدينة\n\n" + body;
        Page page = Page.of("dates.txt", PageFormat.SCRAPED_TEXT, text, new PageMeta(null, null, published, null, null));
        List<Event> out = PIPELINE.process(page).events();
        assertFalse(out.isEmpty(), "the story yields an event");
        return out;
    }

    @Test
    void anUndatedEventTakesTheReportDayAsAnUpperBound() {
        for (Event e : events("قصفت طائرات حربية مواقع للمسلحين قرب مدينة حمص وقتلت خمسة منهم.\n", PUBLISHED)) {
            assertEquals("2025-06-12", e.date().value(), e.toString());
            assertEquals(DatePrecision.REPORTED, e.date().precision());
            assertNull(e.date().text(), "no text carries a report date");
            assertNull(e.date().start());
        }
    }

    @Test
    void aDateInTheTextWins() {
        Event e = events("قصفت طائرات حربية أمس مواقع للمسلحين قرب مدينة حمص وقتلت خمسة منهم.\n", PUBLISHED).get(0);
        assertEquals("2025-06-11", e.date().value());
        assertEquals(DatePrecision.DAY, e.date().precision());
        assertTrue(e.date().text() != null);
    }

    @Test
    void withoutAPublicationDayNothingIsMadeUp() {
        for (Event e : events("قصفت طائرات حربية مواقع للمسلحين قرب مدينة حمص وقتلت خمسة منهم.\n", null)) {
            assertNull(e.date().value());
        }
    }
}
