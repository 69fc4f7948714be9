package org.marsad.bench.load;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Locale;
import org.marsad.core.pipeline.PageResult;
import org.marsad.core.pipeline.Pipeline;
import org.marsad.core.segment.Page;
import org.marsad.core.segment.PageFormat;
import org.marsad.core.segment.PageMeta;
import org.marsad.store.EventStore;

/**
 * What one ingested page costs at the size of a given store, on one thread and without the HTTP server: the pages
 * of the load run's ingest client ({@link IngestPages}) read by the pipeline and stored, the thread's CPU time
 * split between the two. Usage: {@code java -cp marsad.jar org.marsad.bench.load.IngestCost DIR PAGES FIRST}
 * (FIRST: the number of the first page, so that a store already holding some gets new ones). The first tenth of
 * the pages warm up and are not counted.
 */
public final class IngestCost {
    private IngestCost() {
    }

    public static void main(String[] args) {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: IngestCost DIR PAGES FIRST");
        }
        long openStart = System.nanoTime();
        try (EventStore store = EventStore.open(Path.of(args[0]))) {
            System.out.printf(Locale.ROOT, "opened %d events in %.1f s%n", store.count("events"),
                    (System.nanoTime() - openStart) / 1e9);
            int pages = Integer.parseInt(args[1]);
            long first = Long.parseLong(args[2]);
            Pipeline pipeline = Pipeline.standard();
            int warm = Math.max(1, pages / 10);
            ingest(pipeline, store, first, warm);
            long heapBefore = heapAfterGc();
            System.out.println(ingest(pipeline, store, first + warm, pages - warm));
            System.out.printf(Locale.ROOT, "heap after GC: %d MiB after the warm-up, %d MiB at the end%n", heapBefore,
                    heapAfterGc());
            threads();
        }
    }

    /** What ingesting pages {@code first} to {@code first + count - 1} cost. */
    private record Cost(int pages, long events, long pipelineNs, long storeNs, long processNs, long wallNs) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d pages counted (%d events): CPU per page on the ingest thread %.1f ms "
                    + "pipeline, %.1f ms store; process CPU %.1f ms per page (all threads, DuckDB's included); "
                    + "wall %.1f ms per page", pages, events, perPage(pipelineNs), perPage(storeNs),
                    perPage(processNs), perPage(wallNs));
        }

        private double perPage(long ns) {
            return ns / 1e6 / Math.max(1, pages);
        }
    }

    private static Cost ingest(Pipeline pipeline, EventStore store, long first, int count) {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long pipelineNs = 0;
        long storeNs = 0;
        long events = 0;
        long wall = System.nanoTime();
        long process = processCpuNanos();
        for (long n = first; n < first + count; n++) {
            long t0 = cpu.getCurrentThreadCpuTime();
            PageResult r = pipeline.process(page(n));
            long t1 = cpu.getCurrentThreadCpuTime();
            store.store(r);
            storeNs += cpu.getCurrentThreadCpuTime() - t1;
            pipelineNs += t1 - t0;
            events += r.events().size();
        }
        return new Cost(count, events, pipelineNs, storeNs, processCpuNanos() - process, System.nanoTime() - wall);
    }

    /**
     * The CPU of the process's threads since they started (Linux: {@code /proc/self/task}), by name with digits
     * folded, most first: the ingest thread ({@code main}), the JIT compilers, the collector, Lucene's merges and
     * DuckDB's workers. Threads that ended are not counted.
     */
    private static void threads() {
        java.util.Map<String, Long> by = new java.util.HashMap<>();
        try (java.util.stream.Stream<Path> tasks = java.nio.file.Files.list(Path.of("/proc/self/task"))) {
            for (Path t : tasks.toList()) {
                String stat = java.nio.file.Files.readString(t.resolve("stat"));
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replaceAll("\\d+", "#");
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                by.merge(name, (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10, Long::sum);
            }
        } catch (java.io.IOException e) {
            System.out.println("no CPU by thread: " + e.getMessage());
            return;
        }
        StringBuilder b = new StringBuilder("CPU by thread since start (ms):");
        by.entrySet().stream().sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed()).limit(10)
                .forEach(e -> b.append(' ').append(e.getKey()).append(' ').append(e.getValue()).append(';'));
        System.out.println(b);
    }

    private static long heapAfterGc() {
        System.gc();
        Runtime r = Runtime.getRuntime();
        return (r.totalMemory() - r.freeMemory()) >> 20;
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        throw new IllegalStateException("this JVM does not report its process CPU time");
    }

    /** Page {@code n} of the ingest client, as {@code POST /api/pages} reads its JSON. */
    static Page page(long n) {
        String title = IngestPages.title(n);
        return Page.of("http", PageFormat.JSONL, title + "\n\n" + IngestPages.text(n),
                new PageMeta("https://example.org/r/" + n, null, IngestPages.published(n), title));
    }
}
