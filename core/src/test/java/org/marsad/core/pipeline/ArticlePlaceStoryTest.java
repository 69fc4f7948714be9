package org.marsad.core.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.core.segment.Page;
import org.marsad.core.segment.PageFormat;
import org.marsad.core.segment.PageMeta;
import org.marsad.model.Event;

/**
 * The article-level place (issue 16): an act on the ground whose clause names only a country ("مدينة سورية") is
 * placed at the one town the article names for acts of its kind; never at a place named for another kind of act,
 * and never when the article names two towns far apart. Sentences written for this test.
 */
class ArticlePlaceStoryTest {
    private static final Pipeline PIPELINE = Pipeline.standard();

    private static List<Event> events(String body) {
        Page page = Page.of("places.txt", PageFormat.SCRAPED_TEXT, "عنوان الخبر\n\n" + body,
                new PageMeta(null, null, LocalDate.of(2025, 6, 12), null, null));
        List<Event> out = PIPELINE.process(page).events();
        assertFalse(out.isEmpty(), "the story yields events");
        return out;
    }

    private static Event strikeWithToll(List<Event> events) {
        return events.stream().filter(e -> e.size().dead() != null && e.size().dead() == 7).findFirst().orElseThrow();
    }

    private static final String STRIKE = "قالت مصادر محلية إن طائرات حربية قصفت صباح الثلاثاء مدينة سورية خاضعة "
            + "لسيطرة المعارضة، ما أدى إلى مقتل سبعة مدنيين.\n\n";

    @Test
    void aStrikeOnAnUnnamedSyrianTownTakesTheTownTheArticleNamesForItsStrikes() {
        Event e = strikeWithToll(events(STRIKE + "وأضافت أن الغارات استهدفت سوقا شعبيا في بلدة سراقب بريف إدلب.\n"));
        assertNotNull(e.location(), e.toString());
        assertEquals("سراقب", e.location().nameAr(), e.toString());
    }

    @Test
    void aTownNamedForAProtestDoesNotPlaceAStrike() {
        Event e = strikeWithToll(events("احتج العشرات في بلدة سراقب بريف إدلب على انقطاع الكهرباء.\n\n" + STRIKE));
        assertEquals("SY", e.location().countryCode());
        assertEquals("سوريا", e.location().nameAr(), "left at the country: " + e);
    }

    @Test
    void twoTownsFarApartLeaveTheStrikeAtTheCountry() {
        Event e = strikeWithToll(events(STRIKE + "وأضافت أن الغارات استهدفت سوقا شعبيا في بلدة سراقب بريف إدلب.\n\n"
                + "كما استهدفت غارات أخرى حيا سكنيا في مدينة درعا جنوب البلاد.\n"));
        assertEquals("سوريا", e.location().nameAr(), "no town guessed: " + e);
    }
}
