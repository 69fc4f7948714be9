package org.marsad.core.budget;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayDeque;

/**
 * A CPU-time budget for the work on one page, checked cooperatively: {@link #run} opens a budget on this
 * thread, and the stages call {@link #check} at their boundaries and inside their long loops; a check past the
 * budget throws {@link Exceeded}, naming the stage, and whoever opened the budget reports the page and goes on.
 * A check costs one {@link System#nanoTime()} on a normal page: the thread's CPU time (never more than its wall
 * time) is read only once the wall time has passed the budget. Budgets nest: an inner one (a page's coding,
 * inside the reading of its file) runs on its own, and its time is not counted against the outer one.
 * Without an open budget a check does nothing.
 */
public final class PageBudget {
    /** The default budget, generous: a normal page costs a few milliseconds, the worst hostile shape that is not
     * stopped (20,000 nested tables) well under 1 s; a 30 MB page is stopped by it, under 10 s in all. */
    public static final Duration DEFAULT = Duration.ofSeconds(8);
    /** The system property that sets the default budget in seconds ({@code -Dmarsad.page.budget.seconds=30}). */
    public static final String PROPERTY = "marsad.page.budget.seconds";
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private static final ThreadLocal<ArrayDeque<Frame>> OPEN = ThreadLocal.withInitial(ArrayDeque::new);

    private PageBudget() {
    }

    /** The budget set by {@link #PROPERTY}, else {@link #DEFAULT}. */
    public static Duration configured() {
        String s = System.getProperty(PROPERTY);
        if (s == null || s.isBlank()) {
            return DEFAULT;
        }
        try {
            double seconds = Double.parseDouble(s.strip());
            if (seconds > 0) {
                return Duration.ofNanos((long) (seconds * 1e9));
            }
        } catch (NumberFormatException e) {
            // fall through to the default
        }
        return DEFAULT;
    }

    /** Thrown by {@link #check} past the budget: the stage it was in and the CPU time spent. */
    public static final class Exceeded extends RuntimeException {
        private final String stage;
        private final Duration spent;
        private final Duration budget;

        Exceeded(String stage, Duration spent, Duration budget) {
            super(String.format("stopped: over the page budget of %.1f s CPU (%.1f s spent) in stage %s",
                    budget.toNanos() / 1e9, spent.toNanos() / 1e9, stage), null, false, false);
            this.stage = stage;
            this.spent = spent;
            this.budget = budget;
        }

        public String stage() {
            return stage;
        }

        public Duration spent() {
            return spent;
        }

        public Duration budget() {
            return budget;
        }
    }

    private static final class Frame {
        final long limit;
        final long wallStart = System.nanoTime();
        final long cpuStart = cpu();
        /** Time spent in inner budgets, not counted here. */
        long innerWall;
        long innerCpu;

        Frame(long limit) {
            this.limit = limit;
        }

        long cpuUsed() {
            return cpu() - cpuStart - innerCpu;
        }
    }

    /** Runs {@code work} within {@code budget} of this thread's CPU time; {@link Exceeded} when it is overrun. */
    public static void run(Duration budget, Runnable work) {
        if (budget == null || work == null) {
            throw new IllegalArgumentException("run needs a budget and work");
        }
        ArrayDeque<Frame> open = OPEN.get();
        Frame frame = new Frame(budget.toNanos());
        open.push(frame);
        try {
            work.run();
        } finally {
            open.pop();
            Frame outer = open.peek();
            if (outer != null) {
                outer.innerWall += System.nanoTime() - frame.wallStart;
                outer.innerCpu += cpu() - frame.cpuStart;
            }
        }
    }

    /** Throws {@link Exceeded} when the innermost open budget is spent; {@code stage} names where the work is. */
    public static void check(String stage) {
        Frame f = OPEN.get().peek();
        if (f == null || System.nanoTime() - f.wallStart - f.innerWall <= f.limit) {
            return;
        }
        long used = f.cpuUsed();
        if (used > f.limit) {
            throw new Exceeded(stage, Duration.ofNanos(used), Duration.ofNanos(f.limit));
        }
    }

    private static long cpu() {
        return CPU.isCurrentThreadCpuTimeSupported() ? CPU.getCurrentThreadCpuTime() : System.nanoTime();
    }
}
