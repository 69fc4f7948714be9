package org.marsad.core.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class GreatCircleTest {
    @Test
    void aDegreeOfLatitudeIsAbout111KmAndTheDistanceIsSymmetric() {
        assertEquals(111.19, GreatCircle.km(33.0, 36.0, 34.0, 36.0), 0.01);
        assertEquals(GreatCircle.km(33.51, 36.29, 31.50, 34.47), GreatCircle.km(31.50, 34.47, 33.51, 36.29), 1e-9);
        assertEquals(0.0, GreatCircle.km(15.35, 44.21, 15.35, 44.21), 0.0);
    }

    @Test
    void aDegreeOfLongitudeShrinksWithTheCosineOfTheLatitude() {
        assertEquals(111.19 * Math.cos(Math.toRadians(60)), GreatCircle.km(60.0, 10.0, 60.0, 11.0), 0.05);
    }
}
