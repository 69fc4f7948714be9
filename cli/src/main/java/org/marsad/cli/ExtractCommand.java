package org.marsad.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
import org.marsad.model.Event;
import org.marsad.export.EventWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code marsad extract PATH...}: pages in, events out as JSON Lines. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Read pages (files, folders, - for standard input) and print their events as JSON Lines.")
final class ExtractCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files or folders to read; - reads standard input.")
    List<String> paths;

    @Option(names = "--published", paramLabel = "DATE",
            description = "Publication date (YYYY-MM-DD) for pages whose own metadata gives none.")
    LocalDate published;

    @Option(names = "--format", defaultValue = "jsonl", paramLabel = "FORMAT",
            description = "jsonl (default), acled, plover, gdelt or geojson.")
    String format;

    @picocli.CommandLine.Mixin
    ExportFlags flags;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1",
            description = "Threads coding pages (default: 1); the output is the same, in the same order.")
    int threads;

    @Option(names = "--manifest", paramLabel = "FILE",
            description = "TSV of pages to read: path, then optionally URL and publication date (YYYY-MM-DD).")
    Path manifest;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    @Option(names = "--stats", description = "When done, print on stderr how many events have a date value and the "
            + "share of each date precision (reported: dated by the report) and of each type.")
    boolean stats;

    @Override
    public Integer call() throws IOException {
        ExportFlags.check(spec, format, ExportFlags.textFormats());
        if (threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be positive.");
        }
        if ((paths == null || paths.isEmpty()) && manifest == null) {
            throw new ParameterException(spec.commandLine(), "Give pages to read: PATH..., - or --manifest FILE.");
        }
        PrintWriter err = spec.commandLine().getErr();
        Counter counter = new Counter();
        ExtractStats shares = new ExtractStats();
        Inputs inputs = new Inputs();
        boolean stdin = false;
        for (String p : paths == null ? List.<String>of() : paths) {
            if (p.equals("-")) {
                stdin = true;
            } else {
                inputs.addPath(Path.of(p));
            }
        }
        if (manifest != null) {
            inputs.addManifest(manifest);
        }
        List<String> failed = new ArrayList<>();
        for (Diagnostic d : inputs.problems()) {
            failed.add(d.origin());
            err.println(Printable.of("marsad: skipped " + d));
        }
        Progress progress = new Progress(err, "files", inputs.files().size());
        try (Writer target = open(); EventWriter out = EventWriter.of(format, target, flags.options())) {
            PagePool.Consumer writer = new PagePool.Consumer() {
                @Override
                public void coded(Page page, PageResult r) {
                    counter.pages++;
                    for (Event e : r.events()) {
                        write(out, e, r.page().text());
                        counter.events++;
                        shares.add(e);
                    }
                }

                @Override
                public void failed(Page page, Throwable error) {
                    synchronized (failed) {
                        failed.add(page.origin());
                    }
                    err.println(Printable.of("marsad: failed " + page.origin() + ": cannot code the page: " + error));
                }
            };
            try (PagePool pool = new PagePool(Pipeline.standard(), threads, 64 * threads, 1_000, writer)) {
                Inputs.Input[] current = new Inputs.Input[1];
                PageSink sink = new PageSink() {
                    @Override
                    public void page(Page page) {
                        pool.submit((current[0] == null ? page : current[0].apply(page)).datedIfUnknown(published));
                    }

                    @Override
                    public void problem(Diagnostic d) {
                        synchronized (failed) {
                            failed.add(d.origin());
                        }
                        err.println(Printable.of("marsad: skipped " + d));
                    }
                };
                PageReader reader = new PageReader();
                for (Inputs.Input in : inputs.files()) {
                    current[0] = in;
                    reader.read(in.file(), sink);
                    progress.step();
                }
                current[0] = null;
                if (stdin) {
                    reader.readStream("<stdin>", System.in, sink);
                }
                pool.finish();
            }
            counter.summary = out.summary();
        }
        progress.finish();
        err.printf("marsad: %d pages, %d events, %d skipped%n", counter.pages, counter.events, failed.size());
        if (!counter.summary.isEmpty()) {
            err.println("marsad: " + counter.summary);
        }
        if (stats) {
            shares.print(err);
        }
        return Exits.summary(err, "extract", failed);
    }

    private Writer open() throws IOException {
        if (output == null) {
            return new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)) {
                @Override
                public void close() throws IOException {
                    flush();
                }
            };
        }
        return Files.newBufferedWriter(output, StandardCharsets.UTF_8);
    }

    private static void write(EventWriter out, Event event, String text) {
        try {
            int end = Math.min(event.sentence().end(), text.length());
            out.write(event, text.substring(Math.min(event.sentence().start(), end), end));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Counter {
        int pages;
        int events;
        int problems;
        String summary = "";
    }
}
