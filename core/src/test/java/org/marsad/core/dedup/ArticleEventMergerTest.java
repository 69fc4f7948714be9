package org.marsad.core.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.DatePrecision;
import org.marsad.model.Entity;
import org.marsad.model.Event;
import org.marsad.model.EventDate;
import org.marsad.model.EventStatus;
import org.marsad.model.EventType;
import org.marsad.model.GeoPrecision;
import org.marsad.model.Location;
import org.marsad.model.Sector;
import org.marsad.model.Span;
import org.marsad.model.Trigger;

class ArticleEventMergerTest {
    private final ArticleEventMerger merger = new ArticleEventMerger();

    private static Entity who(String code, String country, String sector) {
        return new Entity("x", 0, 1, code, country, Sector.fromJson(sector), null);
    }

    private static Location at(String name, double lat, double lon, int precision) {
        return new Location(name, 0, 1, name, name, null, lat, lon, "SY", null, null, GeoPrecision.of(precision));
    }

    private static Event event(int sentence, EventType type, EventStatus status, Entity actor, Entity recipient,
                               EventDate date, Location place) {
        Trigger t = new Trigger("اجتماعا", sentence * 100 + 5, sentence * 100 + 12);
        return new Event("e-" + sentence, "d-1", 0, type, null, null, null, null, status, actor, recipient, t, date,
                place, null, new Span(sentence * 100, sentence * 100 + 90), null, "test", 0.5);
    }

    private static final EventDate NONE = EventDate.UNKNOWN;
    private static final EventDate FRIDAY = new EventDate("2024-11-08", DatePrecision.DAY, "الجمعة", 1, 2);

    @Test
    void aLeadAndItsDetailedParagraphBecomeOneEventWithTheFinerFields() {
        // lead: "the two sides met in the governorate"; detail: "intelligence officers met on Friday in a village 17 km away"
        Event lead = event(0, EventType.CONSULT, EventStatus.OCCURRED, who("TUR", "TUR", null), who("RUS", "RUS", null),
                NONE, at("المحافظة", 35.93, 36.63, 3));
        Event detail = event(1, EventType.CONSULT, EventStatus.OCCURRED, who("TURSPY", "TUR", "SPY"),
                who("RUSSPY", "RUS", "SPY"), FRIDAY, at("القرية", 35.86, 36.80, 1));
        List<Event> out = merger.merge(List.of(lead, detail));
        assertEquals(1, out.size());
        Event m = out.get(0);
        assertEquals("e-0", m.id(), "the first report keeps its id");
        assertEquals("TURSPY", m.actor().code());
        assertEquals("RUSSPY", m.recipient().code());
        assertEquals("2024-11-08", m.date().value());
        assertEquals("القرية", m.location().name(), "precision 1 beats precision 3");
        assertEquals(List.of(detail.sentence()), m.mentions().stream().map(x -> x.sentence()).toList());
    }

    @Test
    void symmetricSidesNamedTheOtherWayRoundStillMerge() {
        Event a = event(0, EventType.CONSULT, EventStatus.OCCURRED, who("TUR", "TUR", null), who("RUS", "RUS", null),
                FRIDAY, null);
        Event b = event(1, EventType.CONSULT, EventStatus.OCCURRED, who("RUSGOV", "RUS", "GOV"), who("TURGOV", "TUR", "GOV"),
                FRIDAY, null);
        List<Event> out = merger.merge(List.of(a, b));
        assertEquals(1, out.size());
        assertEquals("TURGOV", out.get(0).actor().code());
    }

    @Test
    void twoShellingsOfPlacesFarApartStayTwoEvents() {
        Entity army = who("TURMIL", "TUR", "MIL");
        Event a = event(0, EventType.ASSAULT, EventStatus.OCCURRED, army, null, NONE, at("أ", 36.52, 37.95, 1));
        Event b = event(1, EventType.ASSAULT, EventStatus.OCCURRED, army, null, NONE, at("ب", 36.38, 38.86, 1));
        assertEquals(2, merger.merge(List.of(a, b)).size());
    }

    @Test
    void aPlannedMeetingIsNotTheMeetingThatTookPlace() {
        Event planned = event(0, EventType.CONSULT, EventStatus.PLANNED, who("TUR", "TUR", null), null, NONE, null);
        Event held = event(1, EventType.CONSULT, EventStatus.OCCURRED, who("TUR", "TUR", null), null, NONE, null);
        assertEquals(2, merger.merge(List.of(planned, held)).size());
    }

    @Test
    void differentDaysOrCountriesAreDifferentHappenings() {
        EventDate saturday = new EventDate("2024-11-09", DatePrecision.DAY, "السبت", 1, 2);
        Event a = event(0, EventType.ASSAULT, EventStatus.OCCURRED, who("SYRMIL", "SYR", "MIL"), null, FRIDAY, null);
        Event b = event(1, EventType.ASSAULT, EventStatus.OCCURRED, who("SYRMIL", "SYR", "MIL"), null, saturday, null);
        Event c = event(2, EventType.ASSAULT, EventStatus.OCCURRED, who("TURMIL", "TUR", "MIL"), null, FRIDAY, null);
        assertEquals(3, merger.merge(List.of(a, b, c)).size());
    }

    @Test
    void aTollAndTheAttackNamedRightAfterItInOneSentenceAreOneEvent() {
        // "قتل 12 شخصا بقصف ...": the toll's verb and the attack noun a few words after it
        Event a = event(0, EventType.ASSAULT, EventStatus.OCCURRED, null, who("SYRCVL", "SYR", "CVL"), FRIDAY, null);
        Event b = new Event("e-9", "d-1", 0, EventType.ASSAULT, null, null, null, null, EventStatus.OCCURRED,
                who("SYRMIL", "SYR", "MIL"), null, new Trigger("بقصف", 25, 29), FRIDAY, null, null, a.sentence(), null,
                "test", 0.5);
        List<Event> out = merger.merge(List.of(a, b));
        assertEquals(1, out.size());
        assertEquals("SYRMIL", out.get(0).actor().code(), "the attack noun's side acts");
        assertEquals(List.of(b.trigger()), out.get(0).mentions().stream().map(x -> x.trigger()).toList());
    }

    @Test
    void anEventNextToAMergedMentionButFarFromTheLeadStaysApart() {
        Event lead = event(0, EventType.ASSAULT, EventStatus.OCCURRED, null, null, FRIDAY, null);
        Event told = event(1, EventType.ASSAULT, EventStatus.OCCURRED, null, null, FRIDAY, null);
        Event next = new Event("e-8", "d-1", 0, EventType.ASSAULT, null, null, null, null, EventStatus.OCCURRED,
                null, null, new Trigger("قصف", 118, 121), FRIDAY, null, null, told.sentence(), null, "test", 0.5);
        List<Event> out = merger.merge(List.of(lead, told, next));
        assertEquals(2, out.size(), "the second telling joins the lead; the attack beside it is another: " + out);
    }

    @Test
    void twoEventsFarApartInOneSentenceAreNotMerged() {
        Event a = event(0, EventType.ASSAULT, EventStatus.OCCURRED, who("SYRMIL", "SYR", "MIL"), null, FRIDAY, null);
        Event b = new Event("e-9", "d-1", 0, EventType.ASSAULT, null, null, null, null, EventStatus.OCCURRED,
                a.actor(), null, new Trigger("غارة", 50, 54), FRIDAY, null, null, a.sentence(), null, "test", 0.5);
        assertEquals(2, merger.merge(List.of(a, b)).size());
    }

    @Test
    void reportsWithNothingInCommonButTheTypeAreNotMerged() {
        Event a = event(0, EventType.PROTEST, EventStatus.OCCURRED, null, null, NONE, null);
        Event b = event(1, EventType.PROTEST, EventStatus.OCCURRED, null, null, NONE, null);
        assertEquals(2, merger.merge(List.of(a, b)).size(), "no shared actor, date or place: no evidence");
    }

    @Test
    void laterUndatedReportsOfTheSameSideInTheSameDistrictStayTwoHappenings() {
        Location district = at("المنطقة", 36.5, 37.9, 2);
        Event lead = event(0, EventType.ASSAULT, EventStatus.OCCURRED, who("SYRMIL", "SYR", "MIL"), null, FRIDAY, at("المدينة", 36.2, 37.1, 1));
        Event first = event(1, EventType.ASSAULT, EventStatus.OCCURRED, who("TURMIL", "TUR", "MIL"), null, NONE, district);
        Event second = event(2, EventType.ASSAULT, EventStatus.OCCURRED, who("TURMIL", "TUR", "MIL"), null, NONE, district);
        assertEquals(3, merger.merge(List.of(lead, first, second)).size());
        Event sameDay = event(3, EventType.ASSAULT, EventStatus.OCCURRED, who("TURMIL", "TUR", "MIL"), null, FRIDAY, district);
        Event again = event(4, EventType.ASSAULT, EventStatus.OCCURRED, who("TURMIL", "TUR", "MIL"), null, FRIDAY, district);
        assertEquals(2, merger.merge(List.of(lead, sameDay, again)).size(), "the same day and place: one happening");
    }

    /**
     * A toll and, within {@value ArticleEventMerger#CAUSE_CHARS} characters after it in its sentence, the attack a
     * cause word names ("في قصف", "جراء الغارة"): one event. After any other word, or when the first report is no
     * toll, the rules keep two.
     */
    @Test
    void aTollAndTheAttackItsCauseWordNamesAreOneEvent() {
        String cause = "قتل أربعة مدنيين على الأقل، في قصف عنيف على البلدة";
        String other = "قتل أربعة مدنيين على الأقل، وقصف الجيش البلدة";
        assertEquals(1, tollAndAttack(cause, "قصف", "ASSAULT/قتل#1").size(), "the toll and its cause");
        assertEquals(2, tollAndAttack(other, "قصف", "ASSAULT/قتل#1").size(), "no cause word before the attack");
        assertEquals(2, tollAndAttack(cause, "قصف", "ASSAULT/هجوم#2").size(), "the first report is no toll");
    }

    private List<Event> tollAndAttack(String sentence, String attack, String firstRule) {
        Span s = new Span(0, sentence.length());
        Entity army = who("SYRMIL", "SYR", "MIL");
        Event toll = new Event("e-1", "d-1", 0, EventType.ASSAULT, null, null, null, null, EventStatus.OCCURRED, army,
                null, new Trigger("قتل", 0, 3), FRIDAY, null, null, s, null, firstRule, 0.5);
        int at = sentence.lastIndexOf(attack);
        Event hit = new Event("e-2", "d-1", 0, EventType.ASSAULT, null, null, null, null, EventStatus.OCCURRED, army,
                null, new Trigger(attack, at, at + attack.length()), FRIDAY, null, null, s, null, "ASSAULT/قصف#1", 0.5);
        return merger.merge(List.of(toll, hit), sentence);
    }
}
