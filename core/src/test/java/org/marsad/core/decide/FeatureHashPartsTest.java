package org.marsad.core.decide;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.marsad.model.EventType;

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

    @Test
    void aKindHashesAsItsName() {
        FeatureHash.Kind side = new FeatureHash.Kind("side");
        for (EventType t : EventType.values()) {
            HashedBag byKind = new HashedBag(18);
            HashedBag byName = new HashedBag(18);
            byKind.add(side, t);
            byName.add("side", t.name());
            byKind.add(side, t, "B");
            byName.add("side", t.name(), "B");
            byKind.add(side, t, "B", "2");
            byName.add("side", t.name(), "B", "2");
            assertArrayEquals(byName.indices(), byKind.indices(), t.name());
        }
        HashedBag byKind = new HashedBag(18);
        HashedBag byName = new HashedBag(18);
        byKind.add(side, "x");
        byName.add("side", "x");
        byKind.add(side, "x", "y");
        byName.add("side", "x", "y");
        byKind.add(side, "x", "y", "z");
        byName.add("side", "x", "y", "z");
        assertArrayEquals(byName.indices(), byKind.indices());
        assertEquals(3, byKind.indices().length);
    }

    @Test
    void aSparseModelScoresAsItsDenseWeights() {
        java.util.Random r = new java.util.Random(7);
        int bits = 12;
        float[] dense = new float[(1 << bits) + 1];
        for (int k = 0; k < 200; k++) {
            dense[1 + r.nextInt(1 << bits)] = (float) r.nextGaussian();
        }
        LinearModel m = new LinearModel(bits, dense, 0.3f, 0.5f);
        for (int k = 0; k < 500; k++) {
            int[] features = new int[1 + r.nextInt(30)];
            for (int i = 0; i < features.length; i++) {
                features[i] = 1 + r.nextInt(1 << bits);
            }
            features = FeatureHash.sortedDistinct(features, features.length);
            double z = 0.3f;
            for (int f : features) {
                z += dense[f];
            }
            assertEquals(1 / (1 + Math.exp(-z)), m.probability(features), 0);
            assertEquals(z, m.logOdds(features, features.length), 0);
        }
        // a bag scored in place counts a repeated feature once, as its sorted distinct indices do
        HashedBag bag = new HashedBag(bits);
        bag.add("k", "a");
        bag.add("k", "b");
        bag.add("k", "a");
        assertEquals(m.logOdds(bag.indices(), bag.indices().length), bag.logOdds(m), 0);
    }
}
