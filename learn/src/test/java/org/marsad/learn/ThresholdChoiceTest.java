package org.marsad.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The event decider's threshold on whole articles: the break-even point (precision reaches recall), as the median
 * over bootstrap resamples of the articles.
 */
class ThresholdChoiceTest {
    // tp, fp, fn at four thresholds: P 0.50 0.60 0.70 0.80, R 0.50 0.50 0.48 0.40
    private static final int[][] COUNTS = {{10, 10, 10}, {12, 8, 12}, {14, 6, 15}, {12, 3, 18}};

    @Test
    void theBreakEvenPointIsTheFirstThresholdWherePrecisionReachesRecall() {
        assertEquals(0, ThresholdChoice.breakEven(COUNTS), "0.50 = 0.50 at once");
        int[][] late = {{10, 30, 5}, {10, 20, 5}, {9, 8, 6}, {7, 2, 8}};
        // P 0.25 0.33 0.53 0.78 against R 0.67 0.67 0.60 0.47: crossed between the third and the fourth
        assertEquals(3, ThresholdChoice.breakEven(late));
        int[][] never = {{10, 30, 5}, {10, 20, 5}};
        assertEquals(1, ThresholdChoice.breakEven(never), "precision never reaches recall: the highest threshold");
    }

    @Test
    void theBestF1IsTheHighestAndTiesTakeTheFirst() {
        assertEquals(2, ThresholdChoice.argmax(ThresholdChoice.f1s(COUNTS)));
        assertEquals(0, ThresholdChoice.argmax(new double[] {0.5, 0.5, 0.4}));
    }

    @Test
    void articlesAllAlikeGiveTheirOwnBreakEvenPoint() {
        int[][][] alike = new int[30][][];
        for (int i = 0; i < alike.length; i++) {
            alike[i] = new int[][] {{3, 5, 1}, {3, 3, 1}, {2, 1, 2}, {1, 0, 3}};
        }
        // every resample is the same curve: P 0.38 0.50 0.67 1.00, R 0.75 0.75 0.50 0.25
        assertEquals(2, ThresholdChoice.choose(alike));
        assertEquals(ThresholdChoice.breakEven(ThresholdChoice.pooled(alike)), ThresholdChoice.choose(alike));
    }

    @Test
    void oneArticlesChangedCountMovesTheChoiceByOneStepAtMost() {
        int[][][] articles = simulated(150, 7);
        int chosen = ThresholdChoice.choose(articles);
        for (int i = 0; i < 20; i++) {
            int[][][] changed = copy(articles);
            // one more false candidate of a high probability in article i: one more fp at every threshold
            for (int[] c : changed[i]) {
                c[1]++;
            }
            // a step is 0.01: the former rule jumped by 0.05 (0.10 to 0.05) on changes of this size
            int moved = Math.abs(ThresholdChoice.choose(changed) - chosen);
            assertTrue(moved <= 1, "article " + i + " changed: moved " + moved + " steps");
        }
    }

    @Test
    void manyFalseCandidatesRaiseTheChoice() {
        int[][][] articles = simulated(150, 7);
        int[][][] changed = copy(articles);
        for (int i = 0; i < 60; i++) {
            // three more false candidates of a high probability in 60 articles: precision falls, the point rises
            for (int[] c : changed[i]) {
                c[1] += 3;
            }
        }
        assertTrue(ThresholdChoice.choose(changed) > ThresholdChoice.choose(articles));
    }

    @Test
    void theChoiceIsSeeded() {
        int[][][] articles = simulated(80, 3);
        assertEquals(ThresholdChoice.choose(articles), ThresholdChoice.choose(copy(articles)));
    }

    @Test
    void noArticlesIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> ThresholdChoice.choose(new int[0][][]));
    }

    /**
     * Articles of 1 to 4 coded events on the grid 0.02 ... 0.60: each event proposed (probability high, as a true
     * candidate's) or missed, and 0 to 4 false candidates each (probability low): counts as the training measures.
     */
    private static int[][][] simulated(int n, long seed) {
        Random r = new Random(seed);
        int grid = 59;
        int[][][] out = new int[n][grid][3];
        for (int i = 0; i < n; i++) {
            int gold = 1 + r.nextInt(4);
            double[] trueP = new double[gold];
            for (int g = 0; g < gold; g++) {
                trueP[g] = r.nextDouble() < 0.85 ? Math.pow(r.nextDouble(), 0.7) : -1; // -1: no candidate
            }
            double[] falseP = new double[r.nextInt(5)];
            for (int k = 0; k < falseP.length; k++) {
                falseP[k] = Math.pow(r.nextDouble(), 2.5);
            }
            for (int t = 0; t < grid; t++) {
                double th = (t + 2) / 100.0;
                int tp = 0;
                for (double p : trueP) {
                    tp += p >= th ? 1 : 0;
                }
                int fp = 0;
                for (double p : falseP) {
                    fp += p >= th ? 1 : 0;
                }
                out[i][t] = new int[] {tp, fp, gold - tp};
            }
        }
        return out;
    }

    private static int[][][] copy(int[][][] a) {
        int[][][] out = new int[a.length][][];
        for (int i = 0; i < a.length; i++) {
            out[i] = new int[a[i].length][];
            for (int t = 0; t < a[i].length; t++) {
                out[i][t] = a[i][t].clone();
            }
        }
        return out;
    }
}
