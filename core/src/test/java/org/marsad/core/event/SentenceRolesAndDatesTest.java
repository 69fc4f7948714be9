package org.marsad.core.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.core.quantity.CountSlot;
import org.marsad.core.time.TimeCue;
import org.marsad.model.DatePrecision;
import org.marsad.model.Event;
import org.marsad.model.EventDate;
import org.marsad.model.EventStatus;
import org.marsad.model.EventType;
import org.marsad.model.Sector;

/** Rules added for issue 3: which date an event takes, light-verb subjects, purpose nouns, cause actors. */
class SentenceRolesAndDatesTest {
    private static final EventDate MONDAY = new EventDate("2024-11-11", DatePrecision.DAY, "الاثنين", null, null);
    private static final EventDate YESTERDAY = new EventDate("2024-11-09", DatePrecision.DAY, "أمس", null, null);

    private static List<Event> of(List<Event> events, EventType t) {
        return events.stream().filter(e -> e.type() == t).toList();
    }

    @Test
    void aDateTheTextPutsAheadDoesNotDateAnOccurredEvent() {
        String s = "عقد الوزيران اجتماعاً في العاصمة قبل القمة المقرر أن تعقد الاثنين";
        Event e = of(Fixture.of(s).date("الاثنين", MONDAY, TimeCue.FUTURE).code(), EventType.CONSULT).get(0);
        assertEquals(EventStatus.OCCURRED, e.status());
        assertNull(e.date().value());
    }

    @Test
    void aPlannedEventTakesTheDateAheadNotTheDayOfTheAnnouncement() {
        String s = "أعلنت الوزارة أمس أن الوفدين سيجتمعان الاثنين في الدوحة";
        Event e = of(Fixture.of(s).date("أمس", YESTERDAY, TimeCue.PAST).date("الاثنين", MONDAY, TimeCue.FUTURE).code(),
                EventType.CONSULT).get(0);
        assertEquals(EventStatus.PLANNED, e.status());
        assertEquals("2024-11-11", e.date().value());
    }

    @Test
    void aPlannedEventFarFromTodayIsNotDatedByTheAnnouncement() {
        EventDate today = new EventDate("2024-11-10", DatePrecision.DAY, "اليوم", null, null);
        String far = "أعلن المتحدث باسم الحكومة اليوم، في مؤتمر صحافي طويل عقده في العاصمة، أن الرئيس سيجتمع مع قادة الأحزاب";
        Event e = of(Fixture.of(far).date("اليوم", today, TimeCue.PRESENT).code(), EventType.CONSULT).get(0);
        assertEquals(EventStatus.PLANNED, e.status());
        assertNull(e.date().value());
        String near = "قال المتحدث إن الرئيس سيجتمع اليوم مع قادة الأحزاب";
        assertEquals("2024-11-10", of(Fixture.of(near).date("اليوم", today, TimeCue.PRESENT).code(), EventType.CONSULT)
                .get(0).date().value());
    }

    @Test
    void lightVerbSubjectsActOnTheNounTheyCarry() {
        String s = "وتوصلت الحكومة و«الجبهة الشعبية» إلى اتفاق أمس";
        Event e = of(Fixture.of(s).actor("الحكومة", "SDNGOV").actor("الجبهة الشعبية", "SDNREB").code(), EventType.AGREE).get(0);
        assertEquals("SDNGOV", e.actor().code());
        assertEquals("SDNREB", e.recipient().code());
    }

    @Test
    void theSubjectOfTaaraddaSuffersTheAttack() {
        String s = "وتعرضت دورية للشرطة لهجوم مسلح فجر اليوم";
        Event e = of(Fixture.of(s).actor("دورية للشرطة", "IRQCOP").code(), EventType.ASSAULT).get(0);
        assertNull(e.actor());
        assertEquals("IRQCOP", e.recipient().code());
    }

    @Test
    void aNounOfPurposeReportsNothing() {
        assertTrue(of(Fixture.of("وصل وفد عسكري إلى العاصمة أمس للتنسيق مع الجانب الآخر").code(), EventType.COOPERATE).isEmpty());
        assertTrue(of(Fixture.of("ووقع الطرفان صفقة لوقف إطلاق النار أمس").code(), EventType.RETREAT).isEmpty());
    }

    @Test
    void aDefiniteAttackNounLendsItsActorToTheKillingItCaused() {
        String s = "وأسفر القصف الإسرائيلي عن مقتل خمسة مدنيين";
        Event e = of(Fixture.of(s).actor("الإسرائيلي", "ISR").actor("مدنيين", "CVL").count("خمسة", 5, CountSlot.DEAD).code(),
                EventType.ASSAULT).get(0);
        assertEquals("ISR", e.actor().code());
        assertEquals(5, e.size().dead());
    }

    @Test
    void aSectorOnlySideAndACountrySideOfTheSameSectorCanBeOneSide() {
        org.marsad.model.Entity forces = new org.marsad.model.Entity("القوات", 0, 6, "MIL", null, Sector.MIL, null);
        org.marsad.model.Entity yemeni = new org.marsad.model.Entity("القوات اليمنية", 10, 24, "YEMMIL", "YEM", Sector.MIL, null);
        org.marsad.model.Entity syrian = new org.marsad.model.Entity("الجيش السوري", 30, 42, "SYRMIL", "SYR", Sector.MIL, null);
        org.marsad.model.Entity police = new org.marsad.model.Entity("الشرطة", 50, 56, "COP", null, Sector.COP, null);
        assertTrue(EventCoder.compatible(forces, yemeni));
        assertTrue(!EventCoder.compatible(yemeni, syrian));
        assertTrue(!EventCoder.compatible(police, yemeni));
    }

    @Test
    void aVerbWhoseSubjectIsTheAttackAlreadyToldReportsNothingNew() {
        assertTrue(of(Fixture.of("واستهدف القصف مخزنا للذخيرة في البلدة").code(), EventType.ASSAULT).isEmpty());
        assertEquals(1, of(Fixture.of("واستهدفت الطائرات مخزنا للذخيرة في البلدة أمس").code(), EventType.ASSAULT).size());
    }

    @Test
    void aNounRightAfterAnEventNounIsItsComplement() {
        List<Event> events = Fixture.of("ووقع الطرفان أمس اتفاق وقف إطلاق النار في الدوحة").code();
        assertEquals(1, of(events, EventType.AGREE).size(), events::toString);
        assertTrue(of(events, EventType.RETREAT).isEmpty(), events::toString);
    }

    @Test
    void anEventNounInAConditionIsNoEvent() {
        assertTrue(of(Fixture.of("وقال الوزير إن الحكومة ستسقط في حال توقيع اتفاق مع المتمردين").code(), EventType.AGREE).isEmpty());
    }

    @Test
    void aMentionAfterAPrepositionIsNotTheSubjectOfTheVerb() {
        String s = "وقال وزير الخارجية الأردني إنه طلب من نظيره الإيراني وقف التدخل";
        Event e = of(Fixture.of(s).actor("وزير الخارجية الأردني", "JORGOV").actor("نظيره الإيراني", "IRNGOV").code(),
                EventType.REQUEST).get(0);
        assertEquals("JORGOV", e.actor().code());
        assertEquals("IRNGOV", e.recipient().code());
    }

    @Test
    void aKillingNamedAsTheContentOfAnInquiryIsNoReportEvenAcrossQuotes() {
        String s = "وطالبت البعثة الأممية بإجراء تحقيق «شفاف» في مقتل المدنيين";
        assertTrue(of(Fixture.of(s).actor("المدنيين", "CVL").code(), EventType.ASSAULT).isEmpty());
        String told = "وأعلنت الشرطة مقتل ثلاثة مدنيين في إطلاق نار أمس";
        assertEquals(1, of(Fixture.of(told).count("ثلاثة", 3, CountSlot.DEAD).code(), EventType.ASSAULT).size());
    }

    @Test
    void anAccusativeEventNounIsTheObjectOfALightVerbFarBackInItsClause() {
        String s = "وعقد وزراء خارجية الدول الأربع المعنية بالملف، وهم أربعة من الدبلوماسيين المخضرمين، اجتماعاً في جنيف الشهر الماضي";
        assertEquals(1, of(Fixture.of(s).code(), EventType.CONSULT).size());
        String mention = "وشارك وزراء خارجية الدول الأربع المعنية بالملف، وهم أربعة من الدبلوماسيين المخضرمين، في ندوة عن اجتماع جنيف";
        assertTrue(of(Fixture.of(mention).code(), EventType.CONSULT).isEmpty());
    }

    @Test
    void aProtestNounOfPurposeTellsWhyACrowdGathered() {
        String s = "وشكل مئات الطلاب سلسلة بشرية أمام الوزارة أمس للاحتجاج على رفع الرسوم";
        assertEquals(1, of(Fixture.of(s).code(), EventType.PROTEST).size());
    }
}
