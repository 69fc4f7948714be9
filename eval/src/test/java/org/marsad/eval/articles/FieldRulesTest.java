package org.marsad.eval.articles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.marsad.model.DatePrecision;
import org.marsad.model.EventDate;
import org.marsad.model.EventStatus;
import org.marsad.model.EventType;

class FieldRulesTest {
    // Amman, Zarqa (about 21 km north-east) and Irbid (about 67 km north).
    private static final double AMMAN_LAT = 31.9539;
    private static final double AMMAN_LON = 35.9106;

    private static final GoldEvent IN_AMMAN = Gold.event("""
            {"type":"PROTEST","status":"occurred","actor":"JORCVL","recipient":"JORGOV","date":"2025-03",
             "place":"عمّان","lat":31.9539,"lon":35.9106,"dead":null}""");

    @Test
    void dateOfMonthPrecisionAcceptsAnyDayOfThatMonth() {
        assertTrue(FieldRules.date(sys().date("2025-03-27").build().date(), IN_AMMAN.date()));
        assertTrue(FieldRules.date(sys().date("2025-03").build().date(), IN_AMMAN.date()));
        assertFalse(FieldRules.date(sys().date("2025-04-01").build().date(), IN_AMMAN.date()));
    }

    @Test
    void dateCoarserThanGoldIsWrong() {
        GoldEvent day = Gold.event("{\"type\":\"PROTEST\",\"date\":\"2025-03-09\"}");
        assertFalse(FieldRules.date(sys().date("2025-03").build().date(), day.date()));
        assertTrue(FieldRules.date(sys().date("2025-03-09").build().date(), day.date()));
        assertFalse(FieldRules.date(sys().date("2025-03-10").build().date(), day.date()));
    }

    @Test
    void yearPrefixMustEndAtAFieldBoundary() {
        assertFalse(FieldRules.withinDate("20251-01", "2025"));
        assertTrue(FieldRules.withinDate("2025-01-02", "2025"));
    }

    @Test
    void goldNullDateIsRightOnlyForNoDateOrTheReportsDate() {
        GoldEvent undated = Gold.event("{\"type\":\"PROTEST\",\"date\":null}");
        assertTrue(FieldRules.date(sys().build().date(), undated.date()));
        assertFalse(FieldRules.date(sys().date("2025-03-09").build().date(), undated.date()));
        assertTrue(FieldRules.date(new EventDate("2025-03-09", DatePrecision.REPORTED, null, null, null), undated.date()),
                "the report's date stands for no date (spec/evaluation.md)");
        assertFalse(FieldRules.date(new EventDate("2025-03-09", DatePrecision.DAY, "اليوم", 0, 5), undated.date()));
    }

    @Test
    void placeWithin30KmOfGoldCoordinatesIsRight() {
        assertEquals(21, FieldRules.km(AMMAN_LAT, AMMAN_LON, 32.0728, 36.0880), 2);
        assertTrue(FieldRules.place(sys().place("الزرقاء", 32.0728, 36.0880).build().location(), IN_AMMAN.place()));
        assertFalse(FieldRules.place(sys().place("إربد", 32.5556, 35.85).build().location(), IN_AMMAN.place()));
    }

    @Test
    void placeWithoutSystemCoordinatesIsWrongWhenGoldHasThem() {
        assertFalse(FieldRules.place(sys().place("عمّان", null, null).build().location(), IN_AMMAN.place()));
        assertFalse(FieldRules.place(sys().build().location(), IN_AMMAN.place()));
    }

    @Test
    void placeWithoutGoldCoordinatesComparesNormalisedNames() {
        GoldEvent named = Gold.event("{\"type\":\"PROTEST\",\"place\":\"«إربد»\"}");
        assertTrue(FieldRules.place(sys().place("اربد", null, null).build().location(), named.place()));
        assertFalse(FieldRules.place(sys().place("عجلون", null, null).build().location(), named.place()));
    }

    @Test
    void altPlaceWithNullAcceptsNoPlace() {
        GoldEvent vague = Gold.event("""
                {"type":"PROTEST","place":"إربد","lat":32.5556,"lon":35.85,
                 "alt_place":[{"place":"عمّان","lat":31.9539,"lon":35.9106}, null]}""");
        assertTrue(FieldRules.place(sys().build().location(), vague.place()));
        assertTrue(FieldRules.place(sys().place("الزرقاء", 32.0728, 36.0880).build().location(), vague.place()));
        assertFalse(FieldRules.place(sys().place("العقبة", 29.53, 35.0).build().location(), vague.place()));
        assertFalse(FieldRules.place(sys().build().location(), IN_AMMAN.place()));
    }

    @Test
    void recipientComparesFirstThreeLetters() {
        assertTrue(FieldRules.code(sys().recipient("JORMIL").build().recipient(), IN_AMMAN.recipient()));
        assertFalse(FieldRules.code(sys().recipient("EGYGOV").build().recipient(), IN_AMMAN.recipient()));
        assertFalse(FieldRules.code(sys().build().recipient(), IN_AMMAN.recipient()));
    }

    @Test
    void goldNullRecipientIsRightOnlyForNoRecipient() {
        GoldEvent alone = Gold.event("{\"type\":\"PROTEST\",\"recipient\":null}");
        assertTrue(FieldRules.code(sys().build().recipient(), alone.recipient()));
        assertFalse(FieldRules.code(sys().recipient("JORGOV").build().recipient(), alone.recipient()));
    }

    @Test
    void goldNullActorMatchesAnyActor() {
        GoldEvent anyone = Gold.event("{\"type\":\"PROTEST\",\"actor\":null}");
        assertTrue(FieldRules.actor(sys().actor("EGYCVL").build().actor(), anyone.actor()));
        assertTrue(FieldRules.actor(sys().build().actor(), anyone.actor()));
    }

    @Test
    void countryComparesAlpha2CodesAndGoldNullWantsNone() {
        GoldEvent jordan = Gold.event("{\"type\":\"PROTEST\",\"country\":\"JO\"}");
        assertTrue(FieldRules.country(sys().country("jo").build().location(), jordan.country()));
        assertFalse(FieldRules.country(sys().country("EG").build().location(), jordan.country()));
        assertFalse(FieldRules.country(sys().build().location(), jordan.country()));
        GoldEvent nowhere = Gold.event("{\"type\":\"PROTEST\",\"country\":null}");
        assertTrue(FieldRules.country(sys().build().location(), nowhere.country()));
    }

    @Test
    void deadIsEqualityWithBothNullEqual() {
        assertTrue(FieldRules.dead(null, IN_AMMAN.dead()));
        assertFalse(FieldRules.dead(3, IN_AMMAN.dead()));
        GoldEvent three = Gold.event("{\"type\":\"ASSAULT\",\"dead\":3,\"alt_dead\":[4]}");
        assertTrue(FieldRules.dead(3, three.dead()));
        assertTrue(FieldRules.dead(4, three.dead()));
        assertFalse(FieldRules.dead(null, three.dead()));
    }

    @Test
    void statusAcceptsAltStatus() {
        GoldEvent planned = Gold.event("{\"type\":\"CONSULT\",\"status\":\"planned\",\"alt_status\":[\"occurred\"]}");
        assertTrue(FieldRules.status(EventStatus.OCCURRED, planned.status()));
        assertFalse(FieldRules.status(EventStatus.NEGATED, planned.status()));
    }

    @Test
    void typeAcceptsAltType() {
        GoldEvent help = Gold.event("{\"type\":\"SUPPORT\",\"alt_type\":[\"AID\"]}");
        assertTrue(FieldRules.type(EventType.AID, help.type()));
        assertFalse(FieldRules.type(EventType.ASSAULT, help.type()));
    }

    @Test
    void keyDropsPunctuationDiacriticsAndSpaces() {
        assertEquals(FieldRules.key("ادلب"), FieldRules.key(" «إِدْلِب» "));
    }

    private static Sys sys() {
        return Sys.event(EventType.PROTEST);
    }

}
