package org.marsad.core.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Cost that grows linearly with the input, checked as Lucene's random-data tests check it: the same hostile
 * shape is built at two sizes and run on this thread; the larger may cost at most {@link #SLACK} times the
 * linear expectation (its size over the smaller's, times the smaller's cost). Cost is this thread's CPU time
 * ({@link ThreadMXBean}), the best of a few runs, compared within one test, never a wall-clock threshold: the
 * machines are noisy and shared. The smaller cost is floored at {@link #FLOOR_NANOS} so that a shape too cheap
 * to time cannot fail by noise; a quadratic or cubic cost still fails by far at the sizes the tests use.
 */
public final class LinearCost {
    /** How much more than linear the larger input may cost. */
    public static final double SLACK = 3;
    /** The least cost of the smaller input, in nanoseconds: below it timings are noise. */
    public static final long FLOOR_NANOS = 25_000_000L;
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private LinearCost() {
    }

    /** A run of the shape at a size: build the input outside, then run the work. */
    public interface Shape {
        /** Prepares the input of this size and returns the work to time. */
        Runnable at(int size);
    }

    /**
     * Fails when the cost of {@code shape} at {@code large} is more than {@link #SLACK} times linear from its cost
     * at {@code small}. Returns the two costs in nanoseconds.
     */
    public static long[] assertLinear(String name, Shape shape, int small, int large) {
        Runnable smallRun = shape.at(small);
        smallRun.run(); // warm-up: class loading and the first compilations
        long costSmall = best(smallRun, 3);
        Runnable largeRun = shape.at(large);
        double allowed = SLACK * ((double) large / small) * Math.max(costSmall, FLOOR_NANOS);
        long costLarge = cpu(largeRun);
        for (int retry = 0; retry < 2 && costLarge > allowed; retry++) {
            costLarge = Math.min(costLarge, cpu(largeRun)); // more runs only when over: to rule out a pause
        }
        System.out.printf("linear cost %s: size %d %.1f ms, size %d %.1f ms (allowed %.1f ms)%n", name, small,
                costSmall / 1e6, large, costLarge / 1e6, allowed / 1e6);
        if (costLarge > allowed) {
            fail(String.format("%s: size %d cost %.1f ms, size %d cost %.1f ms: more than %.0fx linear", name, small,
                    costSmall / 1e6, large, costLarge / 1e6, SLACK));
        }
        return new long[] {costSmall, costLarge};
    }

    /** The least CPU time of {@code runs} runs, in nanoseconds. */
    public static long best(Runnable run, int runs) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            best = Math.min(best, cpu(run));
        }
        return best;
    }

    /** This thread's CPU time for one run, in nanoseconds. */
    public static long cpu(Runnable run) {
        long t0 = CPU.getCurrentThreadCpuTime();
        run.run();
        return CPU.getCurrentThreadCpuTime() - t0;
    }
}
