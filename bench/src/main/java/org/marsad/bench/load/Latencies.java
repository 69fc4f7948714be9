package org.marsad.bench.load;

import java.util.Arrays;

/** Request latencies in microseconds, recorded by one client thread; merged at the end of the run. */
final class Latencies {
    private long[] micros = new long[4096];
    private int n;

    void add(long nanos) {
        if (n == micros.length) {
            micros = Arrays.copyOf(micros, n * 2);
        }
        micros[n++] = nanos / 1000;
    }

    int size() {
        return n;
    }

    static long[] sorted(Iterable<Latencies> all) {
        int total = 0;
        for (Latencies l : all) {
            total += l.n;
        }
        long[] out = new long[total];
        int at = 0;
        for (Latencies l : all) {
            System.arraycopy(l.micros, 0, out, at, l.n);
            at += l.n;
        }
        Arrays.sort(out);
        return out;
    }

    /** The {@code p}-th percentile (0..100) of sorted values, in milliseconds; 0 for none. */
    static double percentileMs(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1000.0;
    }
}
