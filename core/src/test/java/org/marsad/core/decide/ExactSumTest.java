package org.marsad.core.decide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A bag's log-odds sums the distinct features' weights without sorting them when the model's weights add exactly in
 * any order ({@link LinearModel#exactTerms()}): the result must be the very double the sorted sum gives.
 */
class ExactSumTest {
    @Test
    void theSpreadOfTheWeightsBoundsTheTermsAddedExactly() {
        float[] w = new float[(1 << 10) + 1];
        w[1] = 1.5f; // exponent 0
        w[2] = 0.001f; // exponent -10
        assertEquals(1 << 19, LinearModel.exactTerms(0.75f, w));
        w[3] = 3e-9f; // exponent -29: a spread of 29 leaves one term
        assertEquals(1, LinearModel.exactTerms(0.75f, w));
        w[3] = 1e-30f;
        assertEquals(1, LinearModel.exactTerms(0.75f, w));
        assertEquals(Integer.MAX_VALUE, LinearModel.exactTerms(0, new float[(1 << 10) + 1]), "no weights at all");
        assertEquals(1 << 29, LinearModel.exactTerms(-2f, new float[(1 << 10) + 1]), "the bias alone");
    }

    @Test
    void unsortedSumsEqualSortedOnesBitForBitWhenTheModelAllowsIt() {
        Random r = new Random(7);
        for (int round = 0; round < 50; round++) {
            float[] w = new float[(1 << 12) + 1];
            for (int i = 1; i < w.length; i++) {
                if (r.nextInt(3) == 0) { // magnitudes from 2^-12 to 2: a spread like the shipped models'
                    w[i] = (float) ((r.nextBoolean() ? 1 : -1) * (0.5 + r.nextDouble()) * Math.pow(2, -r.nextInt(13)));
                }
            }
            LinearModel m = new LinearModel(12, w, (float) (r.nextDouble() - 1.5), 0.5f);
            assertTrue(m.exactTerms() >= 1 << 14, "spread within 15 orders: " + m.exactTerms());
            HashedBag bag = new HashedBag(12);
            List<Integer> order = new ArrayList<>();
            for (int k = 0; k < 200; k++) {
                order.add(r.nextInt(1 << 16));
            }
            order.addAll(order.subList(0, 40)); // repeats count once
            Collections.shuffle(order, r);
            for (int h : order) {
                bag.addHash(h);
            }
            int[] sorted = bag.indices();
            double expected = m.logOdds(sorted, sorted.length);
            assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(bag.logOdds(m)));
        }
    }

    @Test
    void aModelWhoseWeightsSpanTooMuchIsStillSummedInOrder() {
        float[] w = new float[(1 << 10) + 1];
        w[5] = 0x1p60f;
        w[6] = 1f; // lost when added to 2^60, kept when added after 2^60 - 2^60
        w[7] = -0x1p60f;
        LinearModel m = new LinearModel(10, w, 0, 0.5f);
        assertEquals(1, m.exactTerms());
        HashedBag bag = new HashedBag(10);
        for (int h : new int[] {6, 4, 5, 4, 6}) { // indices 7, 5, 6, 5, 7 (1-based): in order 7 first
            bag.addHash(h);
        }
        double sortedSum = 0.0 + w[5] + (double) w[6] + w[7];
        assertEquals(0.0, sortedSum);
        assertEquals(Double.doubleToLongBits(sortedSum), Double.doubleToLongBits(bag.logOdds(m)));
    }
}
