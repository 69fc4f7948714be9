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
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code marsad extract PATH...}: pages in, events out as JSON Lines. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Read pages (files, folders, - for standard input) and print their events as JSON Lines.")
final class ExtractCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to read; - reads standard input.")
    List<String> paths;

    @Option(names = "--published", paramLabel = "DATE",
            description = "Publication date (YYYY-MM-DD) for pages whose own metadata gives none.")
    LocalDate published;

    @Option(names = "--format", defaultValue = "jsonl", paramLabel = "FORMAT",
            description = "jsonl (default), acled, plover, gdelt or geojson.")
    String format;

    @picocli.CommandLine.Mixin
    ExportFlags flags;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    @Override
    public Integer call() throws IOException {
        ExportFlags.check(spec, format, ExportFlags.textFormats());
        Pipeline pipeline = Pipeline.standard();
        PrintWriter err = spec.commandLine().getErr();
        Counter counter = new Counter();
        Progress progress = new Progress(err, "pages", 0);
        try (Writer target = open(); EventWriter out = EventWriter.of(format, target, flags.options())) {
            PageSink sink = new PageSink() {
                @Override
                public void page(Page page) {
                    Page dated = page.datedIfUnknown(published);
                    PageResult r = pipeline.process(dated);
                    counter.pages++;
                    progress.step();
                    for (Event e : r.events()) {
                        write(out, e, r.page().text());
                        counter.events++;
                    }
                }

                @Override
                public void problem(Diagnostic d) {
                    counter.problems++;
                    err.println("marsad: skipped " + d);
                }
            };
            PageReader reader = new PageReader();
            for (String p : paths) {
                if (p.equals("-")) {
                    reader.readStream("<stdin>", System.in, sink);
                } else {
                    reader.read(Path.of(p), sink);
                }
            }
            counter.summary = out.summary();
        }
        progress.finish();
        err.printf("marsad: %d pages, %d events, %d skipped%n", counter.pages, counter.events, counter.problems);
        if (!counter.summary.isEmpty()) {
            err.println("marsad: " + counter.summary);
        }
        return counter.pages == 0 && counter.problems > 0 ? 1 : 0;
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
