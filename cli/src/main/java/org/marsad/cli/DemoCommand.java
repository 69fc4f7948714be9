package org.marsad.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.marsad.core.pipeline.PageResult;
import org.marsad.core.pipeline.Pipeline;
import org.marsad.core.segment.Article;
import org.marsad.core.segment.Diagnostic;
import org.marsad.core.segment.Page;
import org.marsad.core.segment.PageFormat;
import org.marsad.core.segment.PageMeta;
import org.marsad.core.segment.PageReader;
import org.marsad.core.segment.PageSink;
import org.marsad.model.Entity;
import org.marsad.model.Event;
import org.marsad.store.EventStore;
import org.marsad.store.IngestOutcome;
import org.marsad.export.EventJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code marsad demo}: the project's own illustrative sample pages (bundled in the jar, or read from
 * {@code --samples DIR}) through the standard pipeline, shown as a readable summary per page or as JSON Lines.
 * Publication dates come from the samples' {@code index.tsv} ({@code page TAB published}); a page it does not
 * list is read without a date, so its relative dates stay unresolved.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run the pipeline on the project's own illustrative sample pages and show what it finds.")
final class DemoCommand implements Callable<Integer> {
    static final String BUNDLE = "/org/marsad/cli/samples/";
    static final String INDEX = "index.tsv";

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print the events as JSON Lines (one marsad.event/1 record a line).")
    boolean json;

    @Option(names = "--samples", paramLabel = "DIR",
            description = "Read the *.txt pages of DIR (and its index.tsv, if any) instead of the bundled samples.")
    Path samplesDir;

    @Option(names = "--no-serve", description = "Only print the summary; do not store the pages nor start the web map.")
    boolean noServe;

    @Option(names = "--db", paramLabel = "DIR",
            description = "Where the demo keeps its store, for the other commands' --db (default: marsad-demo beside"
            + " the default store, ~/.local/share/marsad-demo); a later demo reuses it.")
    Path db;

    @Option(names = "--port", defaultValue = "8080", description = "Port of the web map (default ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Override
    public Integer call() throws java.io.IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Page> pages;
        int[] skipped = new int[1];
        try {
            pages = samplesDir == null ? bundledPages() : folderPages(samplesDir, err, skipped);
        } catch (IllegalArgumentException e) {
            err.println(Printable.of("marsad demo: " + e.getMessage()));
            return Exits.SOME_FAILED;
        }
        if (pages.isEmpty()) {
            err.println("marsad demo: no *.txt pages found; give a folder of scraped pages with --samples DIR");
            return Exits.SOME_FAILED;
        }
        Pipeline pipeline = Pipeline.standard();
        Totals totals = new Totals();
        List<PageResult> results = new java.util.ArrayList<>();
        for (Page page : pages) {
            PageResult r = pipeline.process(page);
            results.add(r);
            totals.add(r);
            if (json) {
                r.events().forEach(e -> out.println(EventJson.toJson(e)));
            } else {
                printPage(out, r);
            }
        }
        if (!json) {
            printTotals(out, totals);
        }
        out.flush();
        if (!noServe) {
            serve(results);
        }
        return Exits.of(skipped[0]);
    }

    /** The results into the demo's store ({@link #keep}), then the web map on it. */
    private void serve(List<PageResult> results) throws InterruptedException {
        Path dir = keep(spec.commandLine().getErr(), storeDir(), results);
        try (EventStore store = StoreAccess.openForWrite(dir, spec.commandLine().getErr())) {
            ServeCommand.serve(spec, store, org.marsad.server.ServerConfig.local(port, null));
        }
    }

    /** {@code --db}, or the default: {@code marsad-demo} beside the default store folder. */
    Path storeDir() {
        return db != null ? db : new StoreOption().dir().resolveSibling("marsad-demo");
    }

    /**
     * Stores the results in the store folder {@code dir} (created, or reused: a page stored by an earlier demo is
     * stored once) and says where it is kept and how the other commands read it.
     */
    static Path keep(PrintWriter err, Path dir, List<PageResult> results) {
        try (EventStore store = StoreAccess.openForWrite(dir, err)) {
            long stored = store.storeAll(results).stream().filter(o -> o == IngestOutcome.STORED).count();
            err.println(Printable.of("marsad demo: the sample pages are kept in the store " + dir + " (" + stored
                    + " pages new, " + store.count("events") + " events); while the map runs, and after, try: marsad"
                    + " events --db " + dir + " | marsad search WORD --db " + dir));
        }
        return dir;
    }

    // ---- reading the samples

    /** The pages bundled in the jar, in index order, dated by the index. */
    static List<Page> bundledPages() {
        Map<String, LocalDate> index = parseIndex(resourceText(INDEX), "bundled " + INDEX);
        List<Page> pages = new ArrayList<>();
        for (Map.Entry<String, LocalDate> e : index.entrySet()) {
            String text = resourceText(e.getKey());
            pages.add(Page.of(e.getKey(), PageFormat.SCRAPED_TEXT, text, meta(e.getValue())));
        }
        return pages;
    }

    /** The *.txt pages of a folder (not recursive), sorted by name, dated by the folder's index.tsv if present. */
    static List<Page> folderPages(Path dir, PrintWriter err, int[] skipped) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException(dir + " is not a folder; give a folder of *.txt pages with --samples");
        }
        Path indexFile = dir.resolve(INDEX);
        Map<String, LocalDate> index = Files.isRegularFile(indexFile)
                ? parseIndex(readFile(indexFile), indexFile.toString()) : Map.of();
        List<Page> pages = new ArrayList<>();
        PageSink sink = new PageSink() {
            @Override
            public void page(Page page) {
                String name = Path.of(page.origin()).getFileName().toString();
                pages.add(new Page(page.docId(), name, page.format(), page.text(), meta(index.get(name))));
            }

            @Override
            public void problem(Diagnostic d) {
                skipped[0]++;
                err.println(Printable.of("marsad demo: skipped " + d));
            }
        };
        PageReader reader = new PageReader();
        txtFiles(dir).forEach(f -> reader.read(f, sink));
        return pages;
    }

    private static List<Path> txtFiles(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".txt") && Files.isRegularFile(p))
                    .sorted().toList();
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    /** {@code page TAB published} lines; {@code #} comments and blank lines skipped; a bad line fails loudly. */
    static Map<String, LocalDate> parseIndex(String text, String origin) {
        Map<String, LocalDate> index = new LinkedHashMap<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length < 2) {
                throw new IllegalArgumentException(origin + ":" + (i + 1) + ": expected page<TAB>published");
            }
            try {
                index.put(cols[0].strip(), LocalDate.parse(cols[1].strip()));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(origin + ":" + (i + 1) + ": bad date " + cols[1], e);
            }
        }
        return index;
    }

    private static PageMeta meta(LocalDate published) {
        return new PageMeta(null, null, published, null);
    }

    private static String resourceText(String name) {
        try (InputStream in = DemoCommand.class.getResourceAsStream(BUNDLE + name)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks the bundled sample " + BUNDLE + name
                        + "; rebuild with ./mvnw -q -o package -DskipTests");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readFile(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    // ---- printing

    /** The widest a place or trigger cell gets in the table (display columns). */
    static final int CELL = 32;

    /** One page's summary: its articles (teasers marked) and a table of its events. */
    static void printPage(PrintWriter out, PageResult r) {
        LocalDate published = r.page().meta().published();
        out.printf("== %s (published %s)%n", Printable.of(r.page().origin()), published == null ? "unknown" : published);
        long teasers = r.articles().stream().filter(Article::teaser).count();
        out.printf("  articles: %d (%d teasers)%n", r.articles().size() - teasers, teasers);
        for (Article a : r.articles()) {
            out.printf("    [%d]%s %s%n", a.index(), a.teaser() ? " (teaser)" : "",
                    a.headline() == null ? "(no headline)" : Printable.of(a.headline()));
        }
        if (r.events().isEmpty()) {
            out.println("  events: none found");
        } else {
            out.printf("  events: %d%n", r.events().size());
            ConsoleTable table = new ConsoleTable(CELL, "TYPE", "STATUS", "ACTOR", "RECIPIENT", "DATE", "DEAD", "PLACE",
                    "TRIGGER");
            for (Event e : r.events()) {
                table.row(e.type(), e.status().json(), code(e.actor()), code(e.recipient()), e.date().value(),
                        e.size().dead(), e.location() == null ? null : e.location().text(), e.trigger().text());
            }
            table.print(out, "  ");
        }
        out.println();
    }

    private static void printTotals(PrintWriter out, Totals t) {
        out.printf("Totals: %d pages, %d articles, %d teasers, %d events%n", t.pages, t.articles, t.teasers,
                t.byType.values().stream().mapToInt(Integer::intValue).sum());
        if (!t.byType.isEmpty()) {
            StringBuilder sb = new StringBuilder("  by type:");
            t.byType.forEach((type, n) -> sb.append(' ').append(type).append('=').append(n));
            out.println(sb);
        }
        out.println("These pages are illustrative, written for the project. Run your own pages with"
                + " `marsad extract PAGE...`, and score the pipeline against the samples' gold codings with"
                + " `marsad eval articles samples`.");
    }

    private static String code(Entity e) {
        return e == null ? "-" : orDash(e.code());
    }

    private static String orDash(String s) {
        return s == null ? "-" : s;
    }

    private static final class Totals {
        int pages;
        int articles;
        int teasers;
        final Map<String, Integer> byType = new TreeMap<>();

        void add(PageResult r) {
            pages++;
            for (Article a : r.articles()) {
                if (a.teaser()) {
                    teasers++;
                } else {
                    articles++;
                }
            }
            r.events().forEach(e -> byType.merge(e.type().name(), 1, Integer::sum));
        }
    }
}
