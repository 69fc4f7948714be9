package org.marsad.eval.happenings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BCubedTest {
    @Test
    void scoresByHand() {
        // gold: {a b c} {d}; system: {a b} {c d}
        Map<String, String> gold = Map.of("a", "G1", "b", "G1", "c", "G1", "d", "G2");
        Map<String, String> system = Map.of("a", "S1", "b", "S1", "c", "S2", "d", "S2");
        BCubed.Score s = BCubed.score(List.of("a", "b", "c", "d"), gold, system);
        // precision: a 1, b 1, c 1/2, d 1/2 -> 3/4; recall: a 2/3, b 2/3, c 1/3, d 1 -> 2/3
        assertEquals(0.75, s.precision(), 1e-9);
        assertEquals(2.0 / 3, s.recall(), 1e-9);
        assertEquals(2 * 0.75 * (2.0 / 3) / (0.75 + 2.0 / 3), s.f1(), 1e-9);
        // pairs: system {ab, cd}, gold {ab, ac, bc}, both {ab}
        assertEquals(1, s.pairsBoth());
        assertEquals(0.5, s.pairPrecision(), 1e-9);
        assertEquals(1.0 / 3, s.pairRecall(), 1e-9);
        assertEquals(2, s.goldClusters());
        assertEquals(2, s.systemClusters());
    }

    @Test
    void onlyTheItemsScoredCount() {
        Map<String, String> gold = Map.of("a", "G1", "b", "G1", "c", "G2");
        Map<String, String> system = Map.of("a", "S1", "b", "S2", "c", "S1");
        BCubed.Score all = BCubed.score(List.of("a", "b", "c"), gold, system);
        BCubed.Score some = BCubed.score(List.of("a", "b"), gold, system);
        assertEquals(0.5, some.recall(), 1e-9);
        assertEquals(1.0, some.precision(), 1e-9);
        assertEquals(2.0 / 3, all.precision(), 1e-9);
    }

    @Test
    void anItemWithoutALabelIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> BCubed.score(List.of("x"), Map.of(), Map.of("x", "S")));
    }
}
