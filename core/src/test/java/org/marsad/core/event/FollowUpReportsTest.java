package org.marsad.core.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.core.pipeline.Pipeline;
import org.marsad.core.segment.Page;
import org.marsad.core.segment.PageFormat;
import org.marsad.core.segment.PageMeta;
import org.marsad.model.DatePrecision;
import org.marsad.model.Event;
import org.marsad.model.EventType;

/**
 * Issue 20: how a follow-up report (pages a few days after a happening, telling it again while reporting the
 * reactions) is dated and placed, told in our own sentences. The page is published on Monday 9 June 2025, so
 * "السبت" is 7 June and "الاثنين" the publication day.
 */
class FollowUpReportsTest {
    /** The rules' decision (every candidate kept): these stories test fields, dates and types, not the decider. */
    private static final Pipeline PIPELINE = Pipeline.standard().withDecider(org.marsad.core.decide.EventDecider.RULES);
    private static final LocalDate MONDAY = LocalDate.of(2025, 6, 9);

    private static List<Event> attacks(String body) {
        String text = "أخبار اليوم\n\n" + body + "\n";
        Page page = Page.of("follow-up.txt", PageFormat.SCRAPED_TEXT, text,
                new PageMeta(null, null, MONDAY, null, null));
        return PIPELINE.process(page).events().stream().filter(e -> e.type() == EventType.ASSAULT).toList();
    }

    @Test
    void theDayASpeakerSpokeDoesNotDateTheAttackHeSpeaksOf() {
        List<Event> out = attacks("قال المتحدث باسم الخارجية الأحد إن القصف على بلدة حرستا أوقع عشرات القتلى.");
        assertFalse(out.isEmpty(), "an attack in: " + out);
        Event e = out.get(0);
        assertEquals(DatePrecision.REPORTED, e.date().precision(), "dated by the report, not by the saying: " + out);
        assertEquals("2025-06-09", e.date().value());
    }

    @Test
    void aDayInsideWhatIsSaidStillDatesTheAttack() {
        List<Event> out = attacks("قال المتحدث باسم الخارجية إن الطائرات قصفت بلدة حرستا السبت وأوقعت عشرات القتلى.");
        assertFalse(out.isEmpty(), "an attack in: " + out);
        assertEquals("2025-06-07", out.get(0).date().value(), "the day said of the attack: " + out);
        assertEquals(DatePrecision.DAY, out.get(0).date().precision());
    }

    @Test
    void aDayWithoutASayingStillDatesTheAttackNextToIt() {
        List<Event> out = attacks("قصفت الطائرات الحربية الأحد بلدة حرستا وأوقعت عشرات القتلى.");
        assertFalse(out.isEmpty(), "an attack in: " + out);
        assertEquals("2025-06-08", out.get(0).date().value(), "no saying, the day dates the attack: " + out);
    }

    @Test
    void aSyrianTownFirstAndItsNameLaterAreOneAttackDatedAndPlacedByTheNamedOne() {
        List<Event> out = attacks("قالت مصادر في الإدارة الأميركية، صباح الاثنين، إن غازا سامّا استخدم في هجوم على "
                + "مدينة سورية محاصرة. وأضافت المصادر أن التقييم يخص هجوم السبت الذي أوقع عشرات القتلى في مدينة حرستا.");
        assertEquals(1, out.size(), "one attack told twice: " + out);
        Event e = out.get(0);
        assertEquals("2025-06-07", e.date().value(), "dated by the day the second telling gives: " + out);
        assertEquals(DatePrecision.DAY, e.date().precision());
        assertNotNull(e.location(), "placed: " + out);
        assertEquals("حرستا", e.location().nameAr(), "placed at the named town, not at the country: " + out);
        assertEquals(1, e.mentions().size(), "the other telling is a mention: " + out);
    }

    @Test
    void aDayAfterThePageDoesNotDateWhatHappened() {
        List<Event> out = attacks("قتل ثلاثة متظاهرين برصاص الجنود قرب السياج خلال مسيرات قرر منظموها الاستمرار بها "
                + "حتى 15 حزيران.");
        assertFalse(out.isEmpty(), "an attack in: " + out);
        Event e = out.get(0);
        assertEquals(DatePrecision.REPORTED, e.date().precision(), "15 June is after the page of 9 June: " + out);
        assertEquals("2025-06-09", e.date().value());
    }

    @Test
    void aDayBehindAPlanDatesThePlanNotTheAttackBeforeIt() {
        List<Event> out = attacks("قصفت الطائرات الحربية بلدة حرستا، في حين من المقرر أن يعقد مجلس الأمن الدولي في "
                + "مقره بنيويورك جلسة طارئة الثلاثاء لبحث التصعيد.");
        assertFalse(out.isEmpty(), "an attack in: " + out);
        assertEquals(DatePrecision.REPORTED, out.get(0).date().precision(), "the meeting's day is not the attack's: " + out);
    }
}
