package org.marsad.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.core.pipeline.PageResult;
import org.marsad.core.pipeline.Pipeline;
import org.marsad.core.segment.Diagnostic;
import org.marsad.core.segment.Page;
import org.marsad.core.segment.PageReader;
import org.marsad.core.segment.PageSink;
import org.marsad.store.EventStore;
import org.marsad.store.IngestOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code marsad ingest PATH...}: pages into the store, idempotently. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Read pages and store them with their events (the same page twice is stored once).")
final class IngestCommand implements Callable<Integer> {
    static final int BATCH = 50;

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to read.")
    List<Path> paths;

    @Option(names = "--published", paramLabel = "DATE",
            description = "Publication date (YYYY-MM-DD) for pages whose own metadata gives none.")
    LocalDate published;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Pipeline pipeline = Pipeline.standard();
        int[] counts = new int[3];
        try (EventStore db = EventStore.open(store.dir())) {
            Progress progress = new Progress(err, "pages", 0);
            List<PageResult> batch = new ArrayList<>();
            PageSink sink = new PageSink() {
                @Override
                public void page(Page page) {
                    Page dated = page.datedIfUnknown(published);
                    if (!db.contains(dated.docId())) {
                        batch.add(pipeline.process(dated));
                    } else {
                        counts[1]++;
                    }
                    progress.step();
                    if (batch.size() >= BATCH) {
                        flush(db, batch, counts);
                    }
                }

                @Override
                public void problem(Diagnostic d) {
                    counts[2]++;
                    err.println("marsad: skipped " + d);
                    db.logProblem(d);
                }
            };
            PageReader reader = new PageReader();
            for (Path p : paths) {
                reader.read(p, sink);
            }
            flush(db, batch, counts);
            progress.finish();
            err.printf("marsad: %d pages stored, %d already there, %d skipped; store %s holds %d pages, %d events%n",
                    counts[0], counts[1], counts[2], store.dir(), db.count("pages"), db.count("events"));
        }
        return 0;
    }

    private static void flush(EventStore db, List<PageResult> batch, int[] counts) {
        for (IngestOutcome o : db.storeAll(batch)) {
            counts[o == IngestOutcome.STORED ? 0 : 1]++;
        }
        batch.clear();
    }
}
