package org.marsad.core.decide;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Hashing parts gives what hashing them joined by | gives: the shipped models' indices do not move. */
class FeatureHashPartsTest {
    @Test
    void partsHashAsTheirJoin() {
        assertEquals(FeatureHash.hash("side", "ASSAULT|B"), FeatureHash.hash("side", "ASSAULT", "B"));
        assertEquals(FeatureHash.hash("rank", "ASSAULT|A|2"), FeatureHash.hash("rank", "ASSAULT", "A", "2"));
        assertEquals(FeatureHash.hash("k", "a|b|c|d"), FeatureHash.hash("k", new String[] {"a", "b", "c", "d"}));
        assertEquals(FeatureHash.hash("k", "|"), FeatureHash.hash("k", "", ""));
        assertEquals("7", HashedBag.count(7));
        assertEquals("12", HashedBag.count(12));
    }
}
