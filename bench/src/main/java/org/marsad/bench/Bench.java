package org.marsad.bench;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToLongFunction;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.marsad.core.pipeline.PageResult;
import org.marsad.core.pipeline.Pipeline;
import org.marsad.core.segment.Page;

/**
 * Times the pipeline and the Lucene baseline over the same in-memory pages: {@code warmup} untimed passes of
 * each (the JIT compiles the pipeline's larger methods only after a few thousand pages: one pass over 2,000 pages
 * leaves the first timed passes a third slower than later ones), then {@code rounds} timed passes of each,
 * interleaved, keeping the fastest pass of each (the least disturbed by
 * a noisy machine). The CPU time of each pass is kept as well: on a machine shared with other work, the ratio of
 * CPU times compares the pipeline with the baseline more steadily than wall time does.
 */
public final class Bench {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private final List<Page> pages;
    /** CPU time of the workers in the current pass: unlike wall time, it barely moves on a busy machine. */
    private final AtomicLong cpuNanos = new AtomicLong();
    /** Bytes the workers allocated in the current pass: a load-independent sign of how much work a pass does. */
    private final AtomicLong allocatedBytes = new AtomicLong();
    private final int threads;
    private final int rounds;
    private final int warmup;

    public Bench(List<Page> pages, int threads, int rounds) {
        this(pages, threads, rounds, 1);
    }

    /** The pages the default warm-up runs through the pipeline before timing (see {@link #defaultWarmup}). */
    public static final int WARMUP_PAGES = 40_000;

    /**
     * The untimed passes over {@code pages} pages that measure the pipeline in its steady state: enough passes for
     * {@value #WARMUP_PAGES} pages, and at least 3. The JIT keeps compiling the pipeline's larger methods for tens of
     * thousands of pages: on the 2,000 bench pages, 3 warm-up passes left the timed ones 15-30% slower than 12 did
     * (pipeline CPU per pass 0.237-0.253 s against 0.184-0.211 s, the baseline's unchanged at 0.066-0.069 s); on
     * 5,000 pages, 3 passes against 8 gave ratio 0.29-0.31 against 0.39-0.44.
     */
    public static int defaultWarmup(int pages) {
        if (pages < 1) {
            throw new IllegalArgumentException("pages must be at least 1");
        }
        return Math.max(3, (WARMUP_PAGES + pages - 1) / pages);
    }

    public Bench(List<Page> pages, int threads, int rounds, int warmup) {
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("the corpus holds no pages");
        }
        if (threads < 1 || rounds < 1 || warmup < 1) {
            throw new IllegalArgumentException("threads, rounds and warm-up passes must be at least 1");
        }
        this.pages = List.copyOf(pages);
        this.threads = threads;
        this.rounds = rounds;
        this.warmup = warmup;
    }

    /**
     * The worker threads, one per share of the pages, kept for the whole run as a service keeps its workers: each
     * thread's tokenizer remembers the words it met ({@code Tokenizer}), and new threads for every pass started each
     * pass with nothing known (three times the CPU and the allocation of a pass on one thread).
     */
    private final List<ExecutorService> workers = new ArrayList<>();

    public BenchResult run() {
        for (int t = 0; threads > 1 && t < threads; t++) {
            workers.add(Executors.newSingleThreadExecutor());
        }
        try {
            return measure();
        } finally {
            workers.forEach(ExecutorService::shutdownNow);
            workers.clear();
        }
    }

    private BenchResult measure() {
        resetPeaks();
        long t0 = System.nanoTime();
        Pipeline pipeline = Pipeline.standard();
        long loadMs = (System.nanoTime() - t0) / 1_000_000;
        ArabicAnalyzer analyzer = new ArabicAnalyzer();
        long bytes = pages.stream().mapToLong(p -> p.text().getBytes(StandardCharsets.UTF_8).length).sum();
        int[] articles = new int[1];
        long[] events = new long[1];
        ToLongFunction<Page> marsad = p -> {
            PageResult r = pipeline.process(p);
            return ((long) r.articles().stream().filter(a -> !a.teaser()).count() << 32) | r.events().size();
        };
        ToLongFunction<Page> lucene = p -> analyze(analyzer, p.text());
        for (int w = 0; w < warmup; w++) {
            pass(marsad);
            pass(lucene);
        }
        double best = Double.MAX_VALUE;
        double bestBase = Double.MAX_VALUE;
        double bestCpu = Double.MAX_VALUE;
        long allocMb = 0;
        double bestBaseCpu = Double.MAX_VALUE;
        for (int r = 0; r < rounds; r++) {
            long s = System.nanoTime();
            cpuNanos.set(0);
            allocatedBytes.set(0);
            long total = pass(marsad);
            best = Math.min(best, (System.nanoTime() - s) / 1e9);
            bestCpu = Math.min(bestCpu, cpuNanos.get() / 1e9);
            allocMb = allocatedBytes.get() / (1024 * 1024);
            articles[0] = (int) (total >>> 32);
            events[0] = total & 0xffffffffL;
            s = System.nanoTime();
            cpuNanos.set(0);
            pass(lucene);
            bestBase = Math.min(bestBase, (System.nanoTime() - s) / 1e9);
            bestBaseCpu = Math.min(bestBaseCpu, cpuNanos.get() / 1e9);
        }
        double mb = bytes / 1e6;
        return new BenchResult(articles[0], bytes, best, threads, events[0], articles[0] / best, mb / best,
                mb / bestBase, bestBase, peakHeapMb(), loadMs, pages.size(), bestCpu, bestBaseCpu, allocMb, collectors(), warmup);
    }

    /** The names of the JVM's garbage collectors, as "G1 Young Generation, G1 Old Generation". */
    private static String collectors() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName)
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** One pass over every page on {@code threads} threads; returns the sum of what each page gave. */
    private long pass(ToLongFunction<Page> work) {
        if (threads == 1) {
            return timed(work, pages);
        }
        try {
            List<Future<Long>> parts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int from = t * pages.size() / threads;
                int to = (t + 1) * pages.size() / threads;
                parts.add(workers.get(t).submit(() -> timed(work, pages.subList(from, to))));
            }
            long sum = 0;
            for (Future<Long> f : parts) {
                sum += f.get();
            }
            return sum;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("benchmark interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a page failed in the benchmark: " + e.getCause(), e.getCause());
        }
    }

    /** Runs {@code work} over {@code part} on this thread, adding the thread's CPU time to {@link #cpuNanos}. */
    private long timed(ToLongFunction<Page> work, List<Page> part) {
        long cpu0 = CPU.getCurrentThreadCpuTime();
        long alloc0 = allocated();
        long sum = 0;
        for (Page p : part) {
            sum += work.applyAsLong(p);
        }
        cpuNanos.addAndGet(CPU.getCurrentThreadCpuTime() - cpu0);
        allocatedBytes.addAndGet(allocated() - alloc0);
        return sum;
    }

    /** Bytes this thread has allocated so far, or 0 when the JVM does not tell. */
    private static long allocated() {
        return CPU instanceof com.sun.management.ThreadMXBean sun ? sun.getCurrentThreadAllocatedBytes() : 0;
    }

    private static long analyze(ArabicAnalyzer analyzer, String text) {
        try (TokenStream ts = analyzer.tokenStream("body", new StringReader(text))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            long n = 0;
            while (ts.incrementToken()) {
                n += term.length() > 0 ? 1 : 0;
            }
            ts.end();
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum / (1024 * 1024);
    }
}
