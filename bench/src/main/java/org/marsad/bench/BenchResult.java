package org.marsad.bench;

/**
 * What one {@code marsad bench} run measured; JSON keys per {@code spec/evaluation.md}, plus CPU times, allocation
 * and {@code gc}, the JVM's garbage collectors (the launcher picks the throughput collector for batch work; on a
 * busy small machine the collector changed the pipeline's CPU time, and the baseline's wall time, by a quarter),
 * and {@code warmup_passes}, the untimed passes of each before timing.
 */
public record BenchResult(int articles, long bytes, double seconds, int threads, long events,
                          double articlesPerSecond, double mbPerSecond, double baselineMbPerSecond,
                          double baselineSeconds, long heapPeakMb, long lexiconLoadMs, int pages,
                          double cpuSeconds, double baselineCpuSeconds, long allocatedMb, String gc,
                          int warmupPasses) {

    public double ratioToBaseline() {
        return baselineMbPerSecond == 0 ? 0 : mbPerSecond / baselineMbPerSecond;
    }

    /** The same ratio from CPU times (all worker threads): steadier than wall time on a shared machine. */
    public double cpuRatioToBaseline() {
        return cpuSeconds == 0 ? 0 : baselineCpuSeconds / cpuSeconds;
    }

    public String toJson() {
        return String.format(java.util.Locale.ROOT,
                "{\"articles\": %d, \"bytes\": %d, \"seconds\": %.3f, \"threads\": %d, \"events\": %d, "
                        + "\"articles_per_second\": %.1f, \"mb_per_second\": %.3f, "
                        + "\"baseline\": {\"name\": \"lucene-arabic-analyzer\", \"mb_per_second\": %.3f, \"seconds\": %.3f, \"cpu_seconds\": %.3f}, "
                        + "\"ratio_to_baseline\": %.4f, \"heap_peak_mb\": %d, \"lexicon_load_ms\": %d, \"pages\": %d, "
                        + "\"cpu_seconds\": %.3f, \"cpu_ratio_to_baseline\": %.4f, \"allocated_mb\": %d, \"gc\": \"%s\", \"warmup_passes\": %d}",
                articles, bytes, seconds, threads, events, articlesPerSecond, mbPerSecond, baselineMbPerSecond,
                baselineSeconds, baselineCpuSeconds, ratioToBaseline(), heapPeakMb, lexiconLoadMs, pages, cpuSeconds,
                cpuRatioToBaseline(), allocatedMb, gc.replace("\\", "\\\\").replace("\"", "\\\""), warmupPasses);
    }

    public String toTable() {
        return String.format(java.util.Locale.ROOT,
                "pages %d, articles %d, %.1f MB, %d thread(s), %d events%n"
                        + "marsad pipeline     %8.1f articles/s  %7.2f MB/s  (%.2f s)%n"
                        + "lucene ArabicAnalyzer            %7.2f MB/s  (%.2f s)%n"
                        + "ratio to baseline   %.3f (CPU time %.3f)   heap peak %d MB   lexicon load %d ms   gc %s%n"
                        + "after %d untimed passes of each%n",
                pages, articles, bytes / 1e6, threads, events, articlesPerSecond, mbPerSecond, seconds,
                baselineMbPerSecond, baselineSeconds, ratioToBaseline(), cpuRatioToBaseline(), heapPeakMb, lexiconLoadMs, gc,
                warmupPasses);
    }
}
