package org.marsad.core.dedup;

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
}
