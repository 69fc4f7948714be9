package org.marsad.bench.load;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;

/**
 * What a load run cost this process and what the machine was doing meanwhile: the CPU the process got (in cores,
 * server and clients together) and per request, the garbage collections and their time, and the system load
 * average (1 min) at the start and the end. On a shared machine these say how much of a slow run was the load of
 * others: a process that got half a core answers half as fast.
 */
public record RunCost(double cores, double cpuMsPerRequest, long collections, long gcMs, double loadBefore,
                      double loadAfter) {

    /** A reading of the counters, taken at the start of a run; {@link #since} makes the cost of the run from it. */
    record Mark(long nanos, long cpuNanos, long collections, long gcMs, double load) {
        static Mark now() {
            long count = 0;
            long ms = 0;
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                count += Math.max(0, gc.getCollectionCount());
                ms += Math.max(0, gc.getCollectionTime());
            }
            return new Mark(System.nanoTime(), processCpuNanos(), count, ms,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    static RunCost since(Mark start, long requests) {
        Mark end = Mark.now();
        double cpu = end.cpuNanos - start.cpuNanos;
        return new RunCost(cpu / Math.max(1, end.nanos - start.nanos), requests == 0 ? 0 : cpu / 1e6 / requests,
                end.collections - start.collections, end.gcMs - start.gcMs, start.load, end.load);
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return Math.max(0, os.getProcessCpuTime());
        }
        return 0;
    }

    List<String> lines() {
        return List.of(line());
    }

    private String line() {
        return String.format(Locale.ROOT, "process CPU %.2f cores (%.2f ms per request); %d collections, %d ms; "
                + "load average %.2f at the start, %.2f at the end", cores, cpuMsPerRequest, collections, gcMs,
                loadBefore, loadAfter);
    }
}
