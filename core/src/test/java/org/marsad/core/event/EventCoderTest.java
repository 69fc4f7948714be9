package org.marsad.core.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.marsad.core.quantity.CountSlot;
import org.marsad.model.DatePrecision;
import org.marsad.model.Event;
import org.marsad.model.EventDate;
import org.marsad.model.EventStatus;
import org.marsad.model.EventType;
import org.marsad.model.GeoPrecision;
import org.marsad.model.Location;
import org.marsad.model.Mode;

class EventCoderTest {

    private static Optional<Event> first(List<Event> events, EventType t) {
        return events.stream().filter(e -> e.type() == t).findFirst();
    }

    private static Event only(List<Event> events, EventType t) {
        List<Event> of = events.stream().filter(e -> e.type() == t).toList();
        assertEquals(1, of.size(), () -> "expected one " + t + " in " + events);
        return of.get(0);
    }

    @Test
    void verbVsoFirstMentionAfterTheVerbActsAndTheNextSuffers() {
        String s = "قصفت القوات التركية قرية الصافي أمس";
        Event e = only(Fixture.of(s).actor("القوات التركية", "TURMIL").actor("قرية الصافي", "SYRCVL").code(), EventType.ASSAULT);
        assertEquals("TURMIL", e.actor().code());
        assertEquals("SYRCVL", e.recipient().code());
        // "قصفت" is the first four chars: [0,4)
        assertEquals(0, e.trigger().start());
        assertEquals(4, e.trigger().end());
        assertEquals("قصفت", e.trigger().text());
        assertEquals("ASSAULT/قصف#1", e.rule());
        assertEquals("195", e.cameo());
        assertEquals(Mode.HEAVY_WEAPONS, e.mode());
        assertEquals(4, e.quadClass());
        assertEquals(EventStatus.OCCURRED, e.status());
        assertEquals(e.id(), org.marsad.model.Event.idFor(e.docId(), 0, e.trigger(), EventType.ASSAULT));
    }

    @Test
    void verbSvoNearestMentionBeforeTheVerbActs() {
        String s = "القوات التركية قصفت قرية الصافي";
        Event e = only(Fixture.of(s).actor("القوات التركية", "TURMIL").actor("قرية الصافي", "SYRCVL").code(), EventType.ASSAULT);
        assertEquals("TURMIL", e.actor().code());
        assertEquals("SYRCVL", e.recipient().code());
        assertEquals(s.indexOf("قصفت"), e.trigger().start());
    }

    @Test
    void negationParticleBeforeTheVerbNegates() {
        Event e = only(Fixture.of("لم تقصف الطائرات القرية").code(), EventType.ASSAULT);
        assertEquals(EventStatus.NEGATED, e.status());
    }

    @Test
    void denialVerbNegatesTheEventNounItGoverns() {
        Event e = only(Fixture.of("نفى الجيش وقوع اشتباكات في البلدة أمس").code(), EventType.ASSAULT);
        assertEquals(EventStatus.NEGATED, e.status());
    }

    @Test
    void scheduledMeetingIsPlanned() {
        String s = "من المقرر أن يعقد الجانبان اجتماعا الاثنين";
        Event e = only(Fixture.of(s).code(), EventType.CONSULT);
        assertEquals(EventStatus.PLANNED, e.status());
        assertEquals("اجتماعا", e.trigger().text());
    }

    @Test
    void futurePrefixOnTheVerbIsPlanned() {
        Event e = only(Fixture.of("ستقصف الطائرات المواقع").code(), EventType.ASSAULT);
        assertEquals(EventStatus.PLANNED, e.status());
        assertEquals("ستقصف", e.trigger().text());
    }

    @Test
    void threatOccursAndItsContentIsNotAnEvent() {
        List<Event> events = Fixture.of("هدد الوزير بالاستقالة").actor("الوزير", "EGYGOV").code();
        Event t = only(events, EventType.THREATEN);
        assertEquals(EventStatus.OCCURRED, t.status());
        assertEquals("EGYGOV", t.actor().code());
        assertTrue(first(events, EventType.CONCEDE).isEmpty(), "the threatened resignation did not happen");
    }

    @Test
    void conditionMakesItHypothetical() {
        Event e = only(Fixture.of("في حال شنت إسرائيل غارات على لبنان").code(), EventType.ASSAULT);
        assertEquals(EventStatus.HYPOTHETICAL, e.status());
        assertTrue(!e.status().asserted());
    }

    @Test
    void continuationIsOngoing() {
        Event e = only(Fixture.of("تواصلت الاشتباكات بين الجيش والمسلحين أمس").code(), EventType.ASSAULT);
        assertEquals(EventStatus.ONGOING, e.status());
    }

    @Test
    void nominalKillingWithAgentNounMergesIntoOneAssault() {
        String s = "مقتل سبعة جنود سوريين بقصف تركي";
        List<Event> events = Fixture.of(s).actor("جنود سوريين", "SYRMIL").actor("تركي", "TURMIL")
                .count("سبعة", 7, CountSlot.DEAD).code();
        Event e = only(events, EventType.ASSAULT);
        assertEquals("SYRMIL", e.recipient().code());
        assertEquals("TURMIL", e.actor().code());
        assertEquals("مقتل", e.trigger().text());
        assertEquals(Mode.HEAVY_WEAPONS, e.mode(), "the shelling gives the mode the bare killing lacks");
    }

    @Test
    void meetingBetweenTwoSidesTakesBothInOrder() {
        String s = "عقد اجتماع بين الجانبين التركي والروسي أمس";
        Event e = only(Fixture.of(s).actor("التركي", "TURGOV").actor("والروسي", "RUSGOV").code(), EventType.CONSULT);
        assertEquals("TURGOV", e.actor().code());
        assertEquals("RUSGOV", e.recipient().code());
    }

    @Test
    void condemnedAttackIsContentNotAReport() {
        List<Event> events = Fixture.of("أدان الوزير الهجوم على السفارة أمس").code();
        assertTrue(first(events, EventType.ASSAULT).isEmpty(), () -> events.toString());
        assertEquals(EventStatus.OCCURRED, only(events, EventType.ACCUSE).status());
    }

    @Test
    void eventNounWithoutAnchorIsNotReported() {
        assertTrue(Fixture.of("الهجوم عمل مرفوض").code().isEmpty());
    }

    @Test
    void eventNounAnchoredByTimeWordIsReported() {
        Event e = only(Fixture.of("غارات جوية على المدينة صباح اليوم").code(), EventType.ASSAULT);
        assertEquals(Mode.AERIAL, e.mode());
        assertEquals("غارات جوية", e.trigger().text());
    }

    @Test
    void genericVerbalNounWithArticleCodesNothing() {
        assertTrue(first(Fixture.of("يرفض الناس القتل والخطف").code(), EventType.ASSAULT).isEmpty());
    }

    @Test
    void habitualImperfectNeedsAnAnchor() {
        assertTrue(first(Fixture.of("الجماعة تخطف الناس").code(), EventType.ASSAULT).isEmpty());
    }

    @Test
    void earlierYearMarksHistory() {
        assertTrue(first(Fixture.of("قتلت القوات عشرات المدنيين عام 1995").code(), EventType.ASSAULT).isEmpty());
    }

    @Test
    void nearestDateCountsAndPlaceAfterTheTriggerAreAttached() {
        EventDate sat = new EventDate("2024-11-09", DatePrecision.DAY, "السبت", null, null);
        Location idlib = new Location("إدلب", 0, 0, "Idlib", "إدلب", 169387L, 35.9, 36.6, "SY", "Idlib", "ADM1", GeoPrecision.REGION);
        Location hama = new Location("حماة", 0, 0, "Hama", "حماة", 170017L, 35.1, 36.7, "SY", "Hama", "ADM1", GeoPrecision.REGION);
        String s = "في حماة قتل خمسة أشخاص السبت بقصف على إدلب";
        Event e = first(Fixture.of(s).date("السبت", sat).count("خمسة", 5, CountSlot.DEAD).place("حماة", hama)
                .place("إدلب", idlib).code(), EventType.ASSAULT).orElseThrow();
        assertEquals("2024-11-09", e.date().value());
        assertEquals(5, e.size().dead());
        assertNull(e.size().injured());
        assertEquals("Idlib", e.location().name(), "a place after the trigger is preferred");
    }

    @Test
    void attributionTakesTheMentionAfterTheCueAndSourceTheMeta() {
        String s = "قتل خمسة أشخاص في غارة أمس بحسب المرصد";
        Event e = first(Fixture.of(s).actor("المرصد", "SYRNGO").code(), EventType.ASSAULT).orElseThrow();
        assertEquals("المرصد", e.source().attributedTo());
        assertEquals("example.org", e.source().outlet());
        assertEquals("2024-11-10", e.source().published());
        assertNotNull(e.sentence());
        assertEquals(0, e.sentence().start());
        assertEquals(s.length(), e.sentence().end());
    }

    @Test
    void unknownDateStaysUnknownNotInvented() {
        Event e = only(Fixture.of("قصفت الطائرات القرية").code(), EventType.ASSAULT);
        assertEquals(EventDate.UNKNOWN, e.date());
        assertNull(e.location());
    }

    @Test
    void numberAfterAnAttackVerbReadsItAsPassive() {
        String s = "قتل خمسة جنود سوريين في الهجوم";
        Event e = first(Fixture.of(s).actor("جنود سوريين", "SYRMIL").code(), EventType.ASSAULT).orElseThrow();
        assertNull(e.actor());
        assertEquals("SYRMIL", e.recipient().code(), "the soldiers were killed, they did not kill");
    }

    @Test
    void protestVerbKeepsItsSubjectAfterANumber() {
        String s = "اعتصم عشرات العمال أمام الوزارة";
        Event e = only(Fixture.of(s).actor("العمال", "EGYLAB").code(), EventType.PROTEST);
        assertEquals("EGYLAB", e.actor().code());
    }

    @Test
    void verbalNounTakesItsGenitiveAsVictim() {
        String s = "تم اغتيال الوزير السابق أمس";
        Event e = first(Fixture.of(s).actor("الوزير السابق", "LBNGOV").code(), EventType.ASSAULT).orElseThrow();
        assertNull(e.actor());
        assertEquals("LBNGOV", e.recipient().code());
    }

    @Test
    void reportSourceNeverActsAndIsTheAttribution() {
        String s = "قصفت الطائرات القرية وفق المرصد";
        var f = Fixture.of(s);
        f.sourceActor("المرصد", "SYRNGO");
        Event e = only(f.code(), EventType.ASSAULT);
        assertNull(e.actor() == null ? null : e.actor().code().equals("SYRNGO") ? "source as actor" : null);
        assertEquals("المرصد", e.source().attributedTo());
    }

    @Test
    void nounAfterAPrepositionHasNoAgentBeforeIt() {
        String s = "أصيب جنود سوريون في الهجوم";
        Event e = first(Fixture.of(s).actor("جنود سوريون", "SYRMIL").code(), EventType.ASSAULT).orElseThrow();
        assertNull(e.actor(), "the wounded soldiers are not the attackers");
    }

    @Test
    void triggerInARelativeClauseIsBackground() {
        String s = "عاد إلى منزله الصحفي الذي خطف في الأسبوع الماضي";
        assertTrue(first(Fixture.of(s).code(), EventType.ASSAULT).isEmpty());
    }

    @Test
    void protestActorIsThePeopleWhoProtestAndNotTheTown() {
        Location town = new Location("أسيوط", 0, 0, "Asyut", "أسيوط", 359783L, 27.2, 31.2, "EG", "Asyut", "PPLA", GeoPrecision.TOWN);
        String s = "خرجت مظاهرات في أسيوط أمس وهتف الطلاب ضد الحكومة";
        Event e = first(Fixture.of(s).actor("أسيوط", "EGY").place("أسيوط", town).actor("الطلاب", "EGYEDU")
                .actor("الحكومة", "EGYGOV").code(), EventType.PROTEST).orElseThrow();
        assertEquals("الطلاب", e.actor().text());
        assertTrue(e.recipient() == null || !e.recipient().text().equals("أسيوط"));
    }

    @Test
    void placeDoesNotAct() {
        String s = "قصفت دمشق القرية";
        Event e = only(Fixture.of(s).actor("دمشق", "SYRGOV").place("دمشق", null).code(), EventType.ASSAULT);
        assertNull(e.actor());
    }

    /**
     * A gapped lexicon phrase ("حمل+ … المسؤوليه"): the accusation stands at the verb, its object between the verb and
     * "المسؤولية"; the tail alone, or too far from a head, codes nothing.
     */
    @Test
    void holdingResponsibleIsCodedAtTheVerbAcrossItsObject() {
        String s = "وحمّل الوزير حكومة الاحتلال المسؤولية عن التصعيد";
        Event e = only(Fixture.of(s).actor("الوزير", "JORGOV").actor("حكومة الاحتلال", "ISRGOV").code(), EventType.ACCUSE);
        assertEquals(s.indexOf("وحمّل"), e.trigger().start());
        assertEquals("JORGOV", e.actor().code());
        assertEquals("ISRGOV", e.recipient().code());
        assertTrue(Fixture.of("وقال إن المسؤولية كبيرة أمام الجميع").code().isEmpty(), "the tail alone is no trigger");
        assertTrue(Fixture.of("حمل الرجل حقيبة ثقيلة طوال الطريق إلى المدينة ثم تحدث عن المسؤولية").code().isEmpty(),
                "a head more than four words before the tail is none");
    }
}
