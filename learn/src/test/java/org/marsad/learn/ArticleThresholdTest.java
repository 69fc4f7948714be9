package org.marsad.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The event decider's threshold on whole articles: the best F1, then the lowest threshold within 1.5 bootstrap
 * standard errors of it.
 */
class ArticleThresholdTest {
    // tp, fp, fn at four thresholds: F1 0.500, 0.545, 0.571, 0.533
    private static final int[][] COUNTS = {{10, 10, 10}, {12, 8, 12}, {14, 6, 15}, {12, 3, 18}};

    @Test
    void theBestIsTheHighestF1() {
        assertEquals(2, EventModelTraining.best(COUNTS));
    }

    @Test
    void theLowestThresholdWithinTheErrorWins() {
        double best = 2.0 * 14 / (2 * 14 + 6 + 15);
        assertEquals(2, EventModelTraining.lowestWithin(COUNTS, best), "no error: the best");
        assertEquals(1, EventModelTraining.lowestWithin(COUNTS, best - 0.03), "0.545 is within 0.03 of 0.571");
        assertEquals(0, EventModelTraining.lowestWithin(COUNTS, best - 0.08), "0.500 is within 0.08");
    }

    @Test
    void theBootstrapErrorIsZeroForAlikeArticlesAndGrowsWithTheirSpread() {
        int[][][] alike = new int[20][1][];
        int[][][] spread = new int[20][1][];
        for (int i = 0; i < 20; i++) {
            alike[i][0] = new int[] {2, 1, 1};
            spread[i][0] = i % 2 == 0 ? new int[] {4, 0, 0} : new int[] {0, 2, 2};
        }
        assertEquals(0, EventModelTraining.bootstrapError(alike, 0), 1e-6);
        double e = EventModelTraining.bootstrapError(spread, 0);
        assertTrue(e > 0.05, "articles that disagree give an error: " + e);
        assertEquals(e, EventModelTraining.bootstrapError(spread, 0), "seeded: the same error each time");
    }

    @Test
    void theFloorIsOneAndAHalfErrorsBelowTheBest() {
        assertEquals(0.541 - 1.5 * 0.023, EventModelTraining.floor(0.541, 0.023), 1e-9);
        // 0.545 is 1.2 errors of 0.022 below 0.571: within the floor; 0.500 (3.2 errors) is not
        assertEquals(1, EventModelTraining.lowestWithin(COUNTS, EventModelTraining.floor(2.0 * 14 / 49, 0.022)));
    }
}
