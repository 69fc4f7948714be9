package org.marsad.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.core.pipeline.Pipeline;
import org.marsad.core.segment.Diagnostic;
import org.marsad.core.segment.Page;
import org.marsad.core.segment.PageReader;
import org.marsad.core.segment.PageSink;
import org.marsad.store.EventStore;
import org.marsad.store.PreparedPage;
import org.marsad.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code marsad ingest PATH...}: pages into the store, idempotently, in bulk. The pages are coded on
 * {@code --threads} threads and stored in batches of {@code --batch} pages (one transaction each, appended in bulk,
 * clustered and indexed once per batch); reads of the store see a batch when it is committed, at the latest
 * {@code --batch-seconds} after its first page was coded.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Read pages and store them with their events (the same page twice is stored once).")
final class IngestCommand implements Callable<Integer> {
    /**
     * Pages per batch by default. Reads see new pages at the latest {@code --batch-seconds} after they were coded
     * whatever the size, so the size only caps a batch of a fast ingest: 2,000 rather than 500 cost about a seventh
     * less CPU for the same pages (fewer index segments flushed and merged, fewer look-ups of the stored fingerprints
     * and clusters; docs/scale.md).
     */
    static final int BATCH = 2_000;
    /** Pages read before asking the store, in one query, which of them it holds already. */
    private static final int LOOKUP = 64;
    /**
     * Pages coded ahead of the store at most: a whole batch (up to this many pages), so that the coding threads
     * code the next batch while the storing thread writes one, instead of stopping a few pages in.
     */
    static final int AHEAD = 2_000;

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files or folders to read.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--published", paramLabel = "DATE",
            description = "Publication date (YYYY-MM-DD) for pages whose own metadata gives none.")
    LocalDate published;

    @Option(names = "--manifest", paramLabel = "FILE",
            description = "TSV of pages to read: path, then optionally URL and publication date (YYYY-MM-DD).")
    Path manifest;

    @Option(names = "--threads", paramLabel = "N", description = "Threads coding pages (default: the cores).")
    Integer threads;

    @Option(names = "--batch", paramLabel = "PAGES", defaultValue = "" + BATCH,
            description = "Pages per transaction (default: ${DEFAULT-VALUE}); reads see a batch once it is stored.")
    int batchSize;

    @Option(names = "--batch-seconds", paramLabel = "S", defaultValue = "5",
            description = "Store a batch at the latest this long after its first page (default: ${DEFAULT-VALUE}).")
    double batchSeconds;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (paths.isEmpty() && manifest == null) {
            throw new ParameterException(spec.commandLine(), "Give pages to read: PATH... or --manifest FILE.");
        }
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1 || batchSize < 1 || batchSeconds <= 0) {
            throw new ParameterException(spec.commandLine(), "--threads, --batch and --batch-seconds must be positive.");
        }
        Inputs inputs = new Inputs();
        paths.forEach(inputs::addPath);
        if (manifest != null) {
            inputs.addManifest(manifest);
        }
        try (EventStore db = StoreAccess.openForWrite(store.dir())) {
            StoreBatches batches = run(db, Pipeline.standard(), inputs, n, batchSize, Math.round(batchSeconds * 1000),
                    published, err, true);
            err.println(Printable.of(String.format("marsad: %d pages stored, %d already there, %d failed or skipped; "
                    + "store %s holds %d pages, %d events", batches.stored, batches.duplicates + batches.known,
                    batches.failed.size(), store.dir(), db.count("pages"), db.count("events"))));
            return Exits.summary(err, "ingest", batches.failed);
        }
    }

    /**
     * Reads the inputs into the store: pages coded on {@code threads} threads, stored in batches; what was done
     * is in the returned counts. {@code progress}: show progress over the files on {@code err}.
     */
    static StoreBatches run(EventStore db, Pipeline pipeline, Inputs inputs, int threads, int batchSize,
            long batchMillis, LocalDate published, PrintWriter err, boolean progress) {
        StoreBatches batches = new StoreBatches(db, err, batchSize, batchMillis, published != null);
        for (Diagnostic d : inputs.problems()) {
            batches.fail(d.origin(), d.reason());
        }
        int window = Math.max(4 * Math.max(threads, LOOKUP), Math.min(batchSize, AHEAD));
        // each page is prepared for the store (its records and fingerprints) on the thread that coded it
        try (PagePool pool = new PagePool(pipeline, threads, window, 200, batches, PreparedPage::of)) {
            Reader reader = new Reader(db, pool, batches, published, err);
            Progress shown = progress ? new Progress(err, "files", inputs.files().size()) : null;
            PageReader pages = new PageReader();
            for (Inputs.Input in : inputs.files()) {
                reader.input = in;
                pages.read(in.file(), reader);
                if (shown != null) {
                    shown.step();
                }
            }
            reader.lookUp();
            pool.finish();
            batches.codingEndedAt = pool.lastCodedAt();
            if (shown != null) {
                shown.finish();
            }
        }
        return batches;
    }

    /**
     * The reader's sink: pages dated and given their manifest URL, asked of the store {@value #LOOKUP} at a time
     * (one query) and, unless stored already, sent to be coded; unreadable inputs reported and logged.
     */
    private static final class Reader implements PageSink {
        private final EventStore db;
        private final PagePool pool;
        private final StoreBatches batches;
        private final LocalDate published;
        private final PrintWriter err;
        private final List<Page> pending = new ArrayList<>();
        Inputs.Input input;

        Reader(EventStore db, PagePool pool, StoreBatches batches, LocalDate published, PrintWriter err) {
            this.db = db;
            this.pool = pool;
            this.batches = batches;
            this.published = published;
            this.err = err;
        }

        @Override
        public void page(Page page) {
            Page p = input == null ? page : input.apply(page);
            pending.add(p.datedIfUnknown(published));
            if (pending.size() >= LOOKUP) {
                lookUp();
            }
        }

        void lookUp() {
            if (pending.isEmpty()) {
                return;
            }
            java.util.Set<String> known = db.stored(pending.stream().map(Page::docId).toList());
            for (Page p : pending) {
                if (known.contains(p.docId())) {
                    batches.known++;
                } else {
                    pool.submit(p);
                }
            }
            pending.clear();
        }

        @Override
        public void problem(Diagnostic d) {
            batches.fail(d.origin(), d.reason());
            try {
                db.logProblem(d);
            } catch (StoreException e) {
                err.println(Printable.of("marsad: " + e.getMessage()));
            }
        }
    }
}
