package org.marsad.core.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CountryCodesTest {
    @Test
    void aKnownCodeGivesItsIso3AndAnUnknownOneNothing() {
        assertEquals("SYR", CountryCodes.iso3("SY"));
        assertEquals("YEM", CountryCodes.iso3("YE"));
        assertEquals("SYR", CountryCodes.iso3("SY"), "the remembered answer is the same");
        assertEquals("", CountryCodes.iso3("Q1"));
    }
}
