package org.marsad.core.testing;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The linear-cost check itself: a linear shape passes, a quadratic one fails, even after its retries. */
class LinearCostTest {
    /** Defeats dead-code elimination of the loops below. */
    static volatile long sink;

    /** {@code outer * inner} steps of a loop-carried multiply, which the JIT cannot fold away. */
    private static void steps(long outer, long inner) {
        long x = 1;
        for (long i = 0; i < outer; i++) {
            for (long j = 0; j < inner; j++) {
                x = x * 31 + (i ^ j);
            }
        }
        sink = x;
    }

    @Test
    void aLinearShapePasses() {
        LinearCost.assertLinear("linear loop", n -> () -> steps(n, 5_000), 5_000, 50_000);
    }

    @Test
    void aQuadraticShapeFails() {
        assertThrows(AssertionFailedError.class,
                () -> LinearCost.assertLinear("quadratic loop", n -> () -> steps(n, n), 5_000, 50_000));
    }
}
