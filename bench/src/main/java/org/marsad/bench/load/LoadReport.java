package org.marsad.bench.load;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a load run measured: requests answered and failed (a failure is a status other than 200 or an I/O error),
 * latency percentiles in ms over all read requests, pages ingested during the run, and the heap in MiB after a
 * collection before and after the run (and its largest sample during it), and what the run cost ({@link RunCost}).
 */
public record LoadReport(int clients, int seconds, int thinkMs, long events, long requests, long errors,
                         Map<String, String> byKind, double p50, double p95, double p99, double max,
                         long pagesIngested, long ingestErrors, long heapBeforeMiB, long heapAfterMiB,
                         long heapPeakMiB, RunCost cost, List<String> errorSamples) {
    public LoadReport {
        byKind = Map.copyOf(byKind);
        errorSamples = List.copyOf(errorSamples);
    }

    /** Whether the run met the target: no errors and a p99 under {@code p99TargetMs}. */
    public boolean passed(double p99TargetMs) {
        return errors == 0 && ingestErrors == 0 && requests > 0 && p99 < p99TargetMs;
    }

    public List<String> lines() {
        List<String> out = new java.util.ArrayList<>(List.of(
                String.format(Locale.ROOT, "store: %,d events; %d clients for %d s, think time %d ms, one ingest client",
                        events, clients, seconds, thinkMs),
                String.format(Locale.ROOT, "requests %,d (%.0f/s); by kind: %s", requests, requests / (double) seconds, byKind),
                String.format(Locale.ROOT, "errors %d; pages ingested %d (ingest errors %d)", errors, pagesIngested,
                        ingestErrors),
                String.format(Locale.ROOT, "latency ms: p50 %.1f   p95 %.1f   p99 %.1f   max %.1f", p50, p95, p99, max),
                String.format(Locale.ROOT, "heap MiB after GC: before %d, after %d (peak sample %d)", heapBeforeMiB,
                        heapAfterMiB, heapPeakMiB)));
        out.addAll(cost.lines());
        return out;
    }
}
