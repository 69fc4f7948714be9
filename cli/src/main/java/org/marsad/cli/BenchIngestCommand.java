package org.marsad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.marsad.bench.SyntheticStore;
import org.marsad.core.pipeline.PageResult;
import org.marsad.core.pipeline.Pipeline;
import org.marsad.core.segment.Diagnostic;
import org.marsad.core.segment.Page;
import org.marsad.core.segment.PageReader;
import org.marsad.core.segment.PageSink;
import org.marsad.export.EventWriter;
import org.marsad.model.Event;
import org.marsad.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code marsad bench-ingest CORPUS}: in one JVM, the pages per second of extract (coding and writing JSON Lines),
 * of ingest into a fresh store (both timed after one warm-up extract pass and one warm-up ingest into a scratch
 * store, printed but not counted ({@code --no-ingest-warmup}: none), each once the JIT's compile queues are empty
 * ({@link JitQueue}; {@code --no-jit-wait}: at once)), and of ingest into a store that already holds
 * {@code --events} synthetic events (built once by the generator of {@code bench-store}, kept in {@code --cache}
 * by its size, and copied for each run), each also as a ratio to extract: by wall time and by the process's CPU
 * time (the fair figure on a shared machine).
 */
@Command(name = "bench-ingest", mixinStandardHelpOptions = true,
        description = "Pages/s of extract, of ingest into a fresh store and into a store of 10^6 events, in one run.")
final class BenchIngestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "CORPUS", description = "Files or folders of pages.")
    List<Path> corpus;

    @Option(names = "--threads", paramLabel = "N", description = "Threads coding pages (default: the cores).")
    Integer threads;

    @Option(names = "--batch", paramLabel = "PAGES", defaultValue = "" + IngestCommand.BATCH,
            description = "Pages per transaction (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--events", paramLabel = "N", defaultValue = "1000000",
            description = "Events already in the large store (default: ${DEFAULT-VALUE}; 0: no such phase).")
    int events;

    @Option(names = "--cache", paramLabel = "DIR",
            description = "Where the large store is kept between runs (default: the temp folder).")
    Path cache;

    @Option(names = "--no-ingest-warmup", description = "Time ingest's first pass too (by default one ingest into a "
            + "scratch store runs first, printed but not counted, as extract's warm-up pass).")
    boolean noIngestWarmup;

    @Option(names = "--no-jit-wait", description = "Start each timed phase at once (by default the bench first waits, "
            + "up to " + JitQueue.MAX_WAIT_S + " s, for the JIT's compile queues to empty, so that no phase pays for "
            + "compiling the one before it).")
    boolean noJitWait;

    @Option(names = "--published", paramLabel = "DATE", description = "As for ingest.")
    java.time.LocalDate published;

    /** One timed phase: pages, wall seconds, process CPU seconds. */
    record Phase(String name, long pages, double wall, double cpu, double serial, double jit, double tail,
                 double tailCpu, double closing, double closingCpu, int batches, int drained) {
        Phase(String name, long pages, double wall, double cpu, double serial, double jit) {
            this(name, pages, wall, cpu, serial, jit, 0, 0, 0, 0, 0, 0);
        }

        double rate() {
            return pages / Math.max(wall, 1e-9);
        }

        double cpuRate() {
            return pages / Math.max(cpu, 1e-9);
        }

        /** Pages per CPU-second of every thread but the JIT's compiler threads (0 when not known). */
        double rateWithoutJit() {
            return jit < 0 ? 0 : pages / Math.max(cpu - jit, 1e-9);
        }
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1 || batch < 1 || events < 0) {
            throw new ParameterException(spec.commandLine(), "--threads and --batch must be positive, --events >= 0.");
        }
        Inputs inputs = new Inputs();
        corpus.forEach(inputs::addPath);
        Path large = events > 0 ? largeStore(err) : null;
        Pipeline pipeline = Pipeline.standard();
        err.println("marsad: warming up (one extract pass, not counted) ...");
        extract(pipeline, inputs, n);
        Phase warmup = null;
        if (!noIngestWarmup) {
            // before extract's timed pass too, so that both timed phases come after every warm-up
            err.println("marsad: warming up ingest (one pass into a scratch store, not counted) ...");
            Path scratch = Files.createTempDirectory("marsad-bench-ingest-warmup-");
            try {
                warmup = ingest("ingest warm-up (not counted)", pipeline, inputs, n, scratch, err);
            } finally {
                delete(scratch);
            }
        }
        List<Phase> phases = new ArrayList<>();
        List<String> settled = new ArrayList<>();
        settled.add(settle(err));
        phases.add(extract(pipeline, inputs, n));
        Path fresh = Files.createTempDirectory("marsad-bench-ingest-fresh-");
        try {
            settled.add(settle(err));
            phases.add(ingest("ingest, fresh store", pipeline, inputs, n, fresh, err));
        } finally {
            delete(fresh);
        }
        if (large != null) {
            Path copy = Files.createTempDirectory("marsad-bench-ingest-large-");
            try {
                err.println("marsad: copying the store of " + events + " events ...");
                copy(large, copy);
                settled.add(settle(err));
                phases.add(ingest(String.format(Locale.ROOT, "ingest, store of %,d events", events), pipeline, inputs,
                        n, copy, err));
            } finally {
                delete(copy);
            }
        }
        Phase base = phases.get(0);
        out.printf(Locale.ROOT, "%d threads, batches of %d pages; corpus %s%n", n, batch, corpus);
        if (!noJitWait) {
            out.println("Before each timed phase, the JIT's compile queues were let empty: " + String.join("; ", settled));
        }
        List<Phase> shown = new ArrayList<>(phases);
        if (warmup != null) {
            shown.add(1, warmup);
        }
        for (Phase p : shown) {
            out.printf(Locale.ROOT, "%-34s %,7d pages %8.1f s %8.1f pages/s  ratio %.2f | CPU %7.1f s %8.1f pages "
                    + "per CPU-s  ratio %.2f%s%n", p.name(), p.pages(), p.wall(), p.rate(), p.rate() / base.rate(), p.cpu(),
                    p.cpuRate(), p.cpuRate() / base.cpuRate(), p.serial() > 0 ? String.format(Locale.ROOT,
                            " | storing thread CPU %.1f s (%.2f ms a page)", p.serial(), 1000 * p.serial() / p.pages())
                            : "");
        }
        out.println("The end of each ingest, after its last page was coded (on a machine to itself, its CPU is about "
                + "its wall time: one thread's work), and in it closing the store:");
        for (Phase p : shown.subList(1, shown.size())) {
            out.printf(Locale.ROOT, "%-34s after the coding %5.2f s, CPU %5.2f s | closing %5.2f s, CPU %5.2f s | of "
                    + "the phase's %5.1f s | %d batches, %d stored early at the input's end%n", p.name(), p.tail(),
                    p.tailCpu(), p.closing(), p.closingCpu(), p.wall(), p.batches(), p.drained());
        }
        if (base.rateWithoutJit() > 0) {
            out.println("Without the JIT's compiler threads (their CPU in each phase; the compiling goes on through every "
                    + "phase of a run this short, and is paid once by a long ingest):");
            for (Phase p : shown) {
                out.printf(Locale.ROOT, "%-34s JIT %6.1f s (%2.0f%%) | other CPU %7.1f s %8.1f pages per CPU-s  ratio %.2f%n",
                        p.name(), p.jit(), 100 * p.jit() / Math.max(p.cpu(), 1e-9), p.cpu() - p.jit(),
                        p.rateWithoutJit(), p.rateWithoutJit() / base.rateWithoutJit());
            }
        }
        return 0;
    }

    /** Waits for the JIT's compile queues to empty (unless {@code --no-jit-wait}); says what it waited. */
    private String settle(PrintWriter err) {
        if (noJitWait) {
            return "";
        }
        err.println("marsad: waiting for the JIT's compile queues to empty ...");
        JitQueue.Wait w = JitQueue.awaitEmpty();
        return String.format(Locale.ROOT, "%d queued, %.1f s%s", w.queuedAtStart(), w.seconds(),
                w.empty() ? "" : " (not empty: gave up)");
    }

    /** Extract's work: read, code on n threads, write JSON Lines (to nowhere). */
    private Phase extract(Pipeline pipeline, Inputs inputs, int n) {
        long[] pages = new long[1];
        Writer nowhere = Writer.nullWriter();
        double cpu0 = cpu();
        double jit0 = jit();
        long t0 = System.nanoTime();
        try (EventWriter w = EventWriter.of("jsonl", nowhere)) {
            PagePool.Consumer c = new PagePool.Consumer() {
                @Override
                public void coded(Page page, PageResult r) {
                    pages[0]++;
                    for (Event e : r.events()) {
                        try {
                            int end = Math.min(e.sentence().end(), r.page().text().length());
                            w.write(e, r.page().text().substring(Math.min(e.sentence().start(), end), end));
                        } catch (IOException x) {
                            throw new UncheckedIOException(x);
                        }
                    }
                }

                @Override
                public void failed(Page page, Throwable error) {
                }
            };
            try (PagePool pool = new PagePool(pipeline, n, 64 * n, 1_000, c)) {
                PageReader reader = new PageReader();
                for (Inputs.Input in : inputs.files()) {
                    reader.read(in.file(), new PageSink() {
                        @Override
                        public void page(Page page) {
                            pool.submit(page.datedIfUnknown(published));
                        }

                        @Override
                        public void problem(Diagnostic d) {
                        }
                    });
                }
                pool.finish();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Phase("extract", pages[0], (System.nanoTime() - t0) / 1e9, cpu() - cpu0, 0, since(jit0));
    }

    private Phase ingest(String name, Pipeline pipeline, Inputs inputs, int n, Path dir, PrintWriter err) {
        double cpu0 = cpu();
        double jit0 = jit();
        long t0 = System.nanoTime();
        StoreBatches b;
        long stored;
        double cpu1;
        try (CpuTrace trace = new CpuTrace()) {
            try (EventStore db = EventStore.open(dir)) {
                b = IngestCommand.run(db, pipeline, inputs, n, batch, 5_000, published,
                        new PrintWriter(Writer.nullWriter()), false);
                stored = System.nanoTime();
                cpu1 = cpu();
            }
            long closed = System.nanoTime();
            double cpu2 = cpu();
            long coded = b.codingEndedAt == 0 ? stored : b.codingEndedAt;
            Phase p = new Phase(name, b.stored, (closed - t0) / 1e9, cpu2 - cpu0, b.storeCpuNanos / 1e9,
                    since(jit0), (closed - coded) / 1e9, cpu2 - trace.at(coded), (closed - stored) / 1e9, cpu2 - cpu1,
                    b.batches, b.drained);
            err.printf(Locale.ROOT, "marsad: %s: %d pages stored, %d failed, %.1f s%n", name, b.stored,
                    b.failed.size(), p.wall());
            return p;
        }
    }

    /**
     * The process's CPU seconds every few milliseconds, so that the CPU at a moment known only afterwards (when the
     * last page was coded) can be read back.
     */
    private static final class CpuTrace implements AutoCloseable {
        private final long[] at = new long[1 << 16];
        private final double[] cpu = new double[1 << 16];
        private volatile int count;
        private volatile boolean done;
        private final Thread thread;

        CpuTrace() {
            thread = new Thread(() -> {
                while (!done && count < at.length) {
                    int i = count;
                    at[i] = System.nanoTime();
                    cpu[i] = cpu();
                    count = i + 1;
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "marsad-bench-cpu");
            thread.setDaemon(true);
            thread.start();
        }

        /** The process CPU seconds at the last sample taken at or before {@code nanos} (0 when none). */
        double at(long nanos) {
            double v = 0;
            for (int i = 0, n = count; i < n && at[i] <= nanos; i++) {
                v = cpu[i];
            }
            return v;
        }

        @Override
        public void close() {
            done = true;
            thread.interrupt();
        }
    }

    /** In the cached store's {@code complete} file: its pages are sources ({@link SyntheticStore#distinctSources}). */
    static final String SOURCES_MARK = "pages are sources";

    /** The store of {@code events} synthetic events with their pages, built once and kept by its size. */
    private Path largeStore(PrintWriter err) throws IOException {
        Path root = cache != null ? cache : Path.of(System.getProperty("java.io.tmpdir"));
        Path dir = root.resolve("marsad-bench-ingest-" + events);
        Path done = dir.resolve("complete");
        if (Files.exists(done)) {
            err.println("marsad: using the store of " + events + " events in " + dir);
            if (!Files.readString(done).contains(SOURCES_MARK)) {
                // built before stores kept source groups: its pages are made sources as fill now makes them,
                // instead of the store's open fingerprinting all of them (minutes, and one source in the end)
                SyntheticStore.distinctSources(dir);
                Files.writeString(done, SOURCES_MARK + "\n", java.nio.file.StandardOpenOption.APPEND);
            }
            // brought to the current layout here (an index of an older layout is rebuilt once), not in each copy
            try (EventStore db = EventStore.open(dir)) {
                db.warnings().forEach(w -> err.println("marsad: " + w));
            }
            return dir;
        }
        delete(dir);
        Files.createDirectories(dir);
        err.println("marsad: building a store of " + events + " synthetic events in " + dir + " (once) ...");
        long t0 = System.nanoTime();
        SyntheticStore.fill(dir, events, true);
        EventStore.open(dir).close(); // builds both search indexes, so that a copy opens without rebuilding them
        Files.writeString(done, "built in " + (System.nanoTime() - t0) / 1_000_000 + " ms\n" + SOURCES_MARK + "\n");
        err.println("marsad: built in " + (System.nanoTime() - t0) / 1_000_000_000 + " s");
        return dir;
    }

    private static double cpu() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() / 1e9 : 0;
    }

    /**
     * CPU seconds of the JIT's compiler threads so far (Linux: {@code /proc/self/task}, threads named
     * {@code C1/C2 CompilerThread}, at 100 ticks a second); -1 when not readable.
     */
    static double jit() {
        Path tasks = Path.of("/proc/self/task");
        if (!Files.isDirectory(tasks)) {
            return -1;
        }
        long ticks = 0;
        try (var ds = Files.newDirectoryStream(tasks)) {
            for (Path t : ds) {
                try {
                    if (!Files.readString(t.resolve("comm")).contains("CompilerThre")) {
                        continue;
                    }
                    String stat = Files.readString(t.resolve("stat"));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
                    ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime
                } catch (IOException | RuntimeException gone) {
                    // a compiler thread that ended meanwhile
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return ticks / 100.0;
    }

    private static double since(double jit0) {
        double now = jit();
        return jit0 < 0 || now < 0 ? -1 : Math.max(0, now - jit0); // a compiler thread that ended took its ticks
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes a) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(d).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes a) throws IOException {
                Files.copy(f, to.resolve(from.relativize(f).toString()), StandardCopyOption.REPLACE_EXISTING);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes a) throws IOException {
                Files.delete(f);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
