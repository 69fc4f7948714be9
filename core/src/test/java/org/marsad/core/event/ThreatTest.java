package org.marsad.core.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Event;
import org.marsad.model.EventStatus;
import org.marsad.model.EventType;

class ThreatTest {

    private static List<Event> of(List<Event> events, EventType t) {
        return events.stream().filter(e -> e.type() == t).toList();
    }

    @Test
    void conditionalResignationIsAThreatThatOccurred() {
        List<Event> events = Fixture.of("قال الوزير إنه سيستقيل إذا لم تقر الحكومة الموازنة").actor("الوزير", "LBNGOV").code();
        List<Event> threats = of(events, EventType.THREATEN);
        assertEquals(1, threats.size(), events::toString);
        assertEquals(EventStatus.OCCURRED, threats.get(0).status());
        assertEquals("سيستقيل", threats.get(0).trigger().text());
        assertTrue(of(events, EventType.CONCEDE).isEmpty(), events::toString);
    }

    @Test
    void conditionalWithdrawalAfterSawfaIsAThreat() {
        List<Event> events = Fixture.of("أعلن الحزب أنه سوف ينسحب من الحكومة في حال استمر التأجيل").code();
        assertTrue(of(events, EventType.RETREAT).isEmpty(), events::toString);
        assertEquals(EventStatus.OCCURRED, of(events, EventType.THREATEN).get(0).status());
    }

    @Test
    void unconditionalFutureResignationStaysPlanned() {
        List<Event> events = Fixture.of("قال الوزير إنه سيستقيل الأسبوع المقبل").code();
        assertTrue(of(events, EventType.THREATEN).isEmpty(), events::toString);
        assertEquals(EventStatus.PLANNED, of(events, EventType.CONCEDE).get(0).status());
    }

    @Test
    void threatToBombIsAThreatAndTheBombingIsNotCoded() {
        List<Event> events = Fixture.of("هدد المسلحون بتفجير الجسر").code();
        assertEquals(EventStatus.OCCURRED, of(events, EventType.THREATEN).get(0).status());
        assertTrue(of(events, EventType.ASSAULT).isEmpty(), events::toString);
    }

    @Test
    void conditionLaterInTheClauseStillMakesAThreat() {
        List<Event> events = Fixture.of("أعلن النائب أنه سيستقيل من الكتلة البرلمانية التي يقودها رئيس المجلس في حال إقرار القانون").code();
        assertEquals(EventStatus.OCCURRED, of(events, EventType.THREATEN).get(0).status(), events::toString);
        assertTrue(of(events, EventType.CONCEDE).isEmpty(), events::toString);
    }
}
