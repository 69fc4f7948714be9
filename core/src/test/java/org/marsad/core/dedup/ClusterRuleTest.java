package org.marsad.core.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.marsad.core.dedup.Reports.actor;
import static org.marsad.core.dedup.Reports.day;
import static org.marsad.core.dedup.Reports.place;
import static org.marsad.core.dedup.Reports.report;

import org.junit.jupiter.api.Test;
import org.marsad.model.EventDate;
import org.marsad.model.EventType;
import org.marsad.model.Size;

class ClusterRuleTest {
    // Idlib city and a point about 10 km away; Aleppo about 60 km away.
    private static final double IDLIB_LAT = 35.93;
    private static final double IDLIB_LON = 36.63;

    @Test
    void sameTypeWithinADayAndTwentyFiveKilometresIsOneHappening() {
        var a = report("d-1", EventType.ASSAULT, day("2024-11-09"), place("إدلب", IDLIB_LAT, IDLIB_LON, 1));
        var b = report("d-2", EventType.ASSAULT, day("2024-11-10"), place("سراقب", IDLIB_LAT + 0.09, IDLIB_LON, 1));
        assertTrue(ClusterRule.linked(a, b));
        assertTrue(ClusterRule.linked(b, a));
    }

    @Test
    void twoDaysApartAreTwoHappenings() {
        var a = report("d-1", EventType.ASSAULT, day("2024-11-09"), place("إدلب", IDLIB_LAT, IDLIB_LON, 1));
        var b = report("d-2", EventType.ASSAULT, day("2024-11-11"), place("إدلب", IDLIB_LAT, IDLIB_LON, 1));
        assertFalse(ClusterRule.linked(a, b));
    }

    @Test
    void placesFurtherThanTwentyFiveKilometresAreTwoHappenings() {
        var a = report("d-1", EventType.ASSAULT, day("2024-11-09"), place("إدلب", IDLIB_LAT, IDLIB_LON, 1));
        var b = report("d-2", EventType.ASSAULT, day("2024-11-09"), place("حلب", 36.20, 37.16, 1));
        assertFalse(ClusterRule.linked(a, b));
    }

    @Test
    void theSameNamedPlaceLinksWithoutCoordinates() {
        var a = report("d-1", EventType.PROTEST, day("2024-11-09"), place("حي الميدان", null, null, null));
        var b = report("d-2", EventType.PROTEST, day("2024-11-09"), place("حي الميدان", null, null, null));
        assertTrue(ClusterRule.linked(a, b));
    }

    @Test
    void differentTypesOrActorsOfDifferentCountriesAreTwoHappenings() {
        var here = place("إدلب", IDLIB_LAT, IDLIB_LON, 1);
        var a = report("d-1", EventType.ASSAULT, actor("SYRMIL", "SYR", "MIL"), day("2024-11-09"), here, Size.NONE);
        var b = report("d-2", EventType.ASSAULT, actor("RUSMIL", "RUS", "MIL"), day("2024-11-09"), here, Size.NONE);
        var c = report("d-3", EventType.PROTEST, actor("SYRMIL", "SYR", "MIL"), day("2024-11-09"), here, Size.NONE);
        assertFalse(ClusterRule.linked(a, b));
        assertFalse(ClusterRule.linked(a, c));
    }

    @Test
    void reportsWithoutADayOrAPlaceAreNeverLinked() {
        var here = place("إدلب", IDLIB_LAT, IDLIB_LON, 1);
        var undated = report("d-1", EventType.ASSAULT, EventDate.UNKNOWN, here);
        var nowhere = report("d-2", EventType.ASSAULT, day("2024-11-09"), null);
        var dated = report("d-3", EventType.ASSAULT, day("2024-11-09"), here);
        assertFalse(ClusterRule.linked(undated, dated));
        assertFalse(ClusterRule.linked(nowhere, dated));
    }

    @Test
    void reportsOfOneArticleAreNotLinkedAgain() {
        var here = place("إدلب", IDLIB_LAT, IDLIB_LON, 1);
        var a = report("d-1", EventType.ASSAULT, day("2024-11-09"), here);
        var b = a.withId("e-other");
        assertFalse(ClusterRule.linked(a, b));
    }

    @Test
    void aDayIsReadAsLocalDateParseReadsIt() {
        for (String v : java.util.List.of("2024-11-09", "2018-04-07", "0000-01-01", "2024-02-29", "1970-01-01")) {
            assertEquals(java.util.OptionalLong.of(java.time.LocalDate.parse(v).toEpochDay()), ClusterRule.day(day(v)),
                    v);
        }
        for (String v : java.util.List.of("2023-02-29", "2024-13-01", "2024-00-10", "2024-11-9x", "2024/11/09",
                "2024-11-٠٩", "24-11-09", "")) {
            assertEquals(java.util.OptionalLong.empty(), ClusterRule.day(day(v)), v);
        }
        assertEquals(java.util.OptionalLong.of(java.time.LocalDate.parse("+12024-11-09").toEpochDay()),
                ClusterRule.day(day("+12024-11-09")));
        assertEquals(java.util.OptionalLong.empty(), ClusterRule.day(new EventDate("2024-11", org.marsad.model
                .DatePrecision.MONTH, null, null, null)));
    }

    @Test
    void signaturesAnswerEveryPairAsTheRuleAndCompareEachPairOnce() {
        LinkSignatures linked = new LinkSignatures();
        java.util.List<org.marsad.model.Event> reports = new java.util.ArrayList<>();
        for (int i = 0; i < 80; i++) { // 80 signatures: 3,240 pairs, past the first table's size
            reports.add(report("d-" + i, EventType.ASSAULT, day("2024-11-" + (10 + i % 3)),
                    place("مكان" + (i / 3), IDLIB_LAT + 0.01 * (i / 3), IDLIB_LON, 1)));
        }
        int[] ids = reports.stream().mapToInt(linked::of).toArray();
        assertEquals(80, java.util.Arrays.stream(ids).distinct().count());
        int links = 0;
        for (int round = 0; round < 2; round++) {
            for (int a = 0; a < ids.length; a++) {
                for (int b = 0; b < ids.length; b++) {
                    boolean answer = linked.linked(ids[a], ids[b]);
                    if (a == b) {
                        continue; // a report with itself: one article, which the rule reads and signatures do not
                    }
                    boolean expected = ClusterRule.linked(reports.get(a), reports.get(b));
                    assertEquals(expected, answer, a + " " + b);
                    links += expected && round == 0 ? 1 : 0;
                }
            }
        }
        assertTrue(links > 80 && links < 80 * 80, "some pairs linked, not all: " + links);
        assertEquals(80 * 81 / 2, linked.comparisons());
    }
}
