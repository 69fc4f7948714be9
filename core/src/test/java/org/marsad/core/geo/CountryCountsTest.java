package org.marsad.core.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An article's country counts behave as an immutable map and grow by copying two short arrays. */
class CountryCountsTest {
    @Test
    void addingCountsEachCodeAndLeavesTheOriginalAlone() {
        CountryCounts sy = CountryCounts.copyOf(Map.of("SY", 2));
        CountryCounts more = sy.plus(List.of("IQ", "SY", "IQ", "LB", "JO", "YE", "EG"));
        assertEquals(Map.of("SY", 3, "IQ", 2, "LB", 1, "JO", 1, "YE", 1, "EG", 1), more);
        assertEquals(Map.of("SY", 2), sy);
        assertEquals(3, more.count("SY"));
        assertEquals(0, more.count("TR"));
        assertEquals(new HashMap<>(more).hashCode(), more.hashCode());
    }

    @Test
    void nothingToAddGivesTheSameCounts() {
        CountryCounts sy = CountryCounts.copyOf(Map.of("SY", 1));
        assertSame(sy, sy.plus(List.of()));
        assertSame(sy, sy.plus(Arrays.asList((String) null)));
        assertSame(sy, CountryCounts.copyOf(sy));
    }

    @Test
    void theMapCannotBeChangedAndRefusesNulls() {
        CountryCounts sy = CountryCounts.copyOf(Map.of("SY", 1));
        assertThrows(UnsupportedOperationException.class, () -> sy.put("IQ", 1));
        assertThrows(UnsupportedOperationException.class, sy::clear);
        Map<String, Integer> withNull = new HashMap<>();
        withNull.put("SY", null);
        assertThrows(NullPointerException.class, () -> CountryCounts.copyOf(withNull));
    }

    @Test
    void theContextCountsThePlacesOfMentions() {
        ArticleGeoContext c = new ArticleGeoContext(Map.of("LY", 1)).withCountries(List.of("LY", "TN"));
        assertEquals(2, c.count("LY"));
        assertEquals(1, c.count("TN"));
        assertEquals(Map.of("LY", 2, "TN", 1), c.countries());
    }
}
