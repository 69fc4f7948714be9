package org.marsad.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PrfTest {
    @Test
    void scoresFromCounts() {
        Prf p = new Prf(3, 1, 2);
        assertEquals(0.75, p.precision(), 1e-9);
        assertEquals(0.6, p.recall(), 1e-9);
        assertEquals(2 * 0.75 * 0.6 / 1.35, p.f1(), 1e-9);
    }

    @Test
    void zeroDenominatorsGiveZeroNotNaN() {
        assertEquals(0, Prf.ZERO.precision());
        assertEquals(0, Prf.ZERO.recall());
        assertEquals(0, Prf.ZERO.f1());
        assertEquals(0, new Prf(0, 0, 5).precision());
    }

    @Test
    void plusAddsCounts() {
        assertEquals(new Prf(4, 1, 3), new Prf(1, 0, 2).plus(new Prf(3, 1, 1)));
    }

    @Test
    void negativeCountsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Prf(-1, 0, 0));
    }
}
