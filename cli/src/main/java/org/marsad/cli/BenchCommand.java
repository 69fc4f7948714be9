package org.marsad.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.bench.Bench;
import org.marsad.bench.BenchResult;
import org.marsad.bench.CorpusLoader;
import org.marsad.bench.EventDump;
import org.marsad.core.segment.Page;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code marsad bench CORPUS}: pipeline throughput against Lucene's ArabicAnalyzer in the same run. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure throughput of the whole pipeline against Lucene's ArabicAnalyzer on the same texts.")
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "CORPUS", description = "A folder or archive of pages (SaudiNewsNet zips, ANT files, ...).")
    Path corpus;

    @Option(names = "--threads", defaultValue = "1", description = "Worker threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--limit", defaultValue = "5000", description = "Read at most this many pages (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--rounds", defaultValue = "3", description = "Timed passes; the fastest counts (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--warmup",
            description = "Untimed passes of each before timing, for the JIT (default: enough passes for "
                    + Bench.WARMUP_PAGES + " pages, at least 3: the pipeline reaches its steady speed only then).")
    Integer warmup;

    @Option(names = "--json", description = "Print one JSON object instead of a table.")
    boolean json;

    @Option(names = "--events", paramLabel = "FILE",
            description = "Also write the events of every page, as JSON Lines, to FILE (a regression check for speed work).")
    Path eventsOut;

    @Override
    public Integer call() {
        if (!Files.exists(corpus)) {
            throw new ParameterException(spec.commandLine(), "No corpus at " + corpus + ": give a folder or archive of pages.");
        }
        if (threads < 1 || limit < 1 || rounds < 1 || warmup != null && warmup < 1) {
            throw new ParameterException(spec.commandLine(),
                    "--threads, --limit, --rounds and --warmup must be at least 1.");
        }
        CorpusLoader loader = new CorpusLoader();
        List<Page> pages = loader.load(corpus, limit);
        loader.problems().forEach(d -> spec.commandLine().getErr().println(Printable.of("marsad: skipped " + d)));
        if (pages.isEmpty()) {
            spec.commandLine().getErr().println(Printable.of("marsad: no pages found in " + corpus));
            return 1;
        }
        spec.commandLine().getErr().printf("marsad: benchmarking %d pages on %d thread(s)...%n", pages.size(), threads);
        if (eventsOut != null) {
            EventDump.write(pages, eventsOut);
        }
        int passes = warmup != null ? warmup : Bench.defaultWarmup(pages.size());
        BenchResult r = new Bench(pages, threads, rounds, passes).run();
        spec.commandLine().getOut().print(json ? r.toJson() + System.lineSeparator() : r.toTable());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
