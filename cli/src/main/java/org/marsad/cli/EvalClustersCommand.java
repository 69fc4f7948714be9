package org.marsad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import java.util.concurrent.Callable;
import org.marsad.core.dedup.EventCluster;
import org.marsad.core.dedup.EventClusterer;
import org.marsad.core.dedup.Sources;
import org.marsad.core.pipeline.Pipeline;
import org.marsad.eval.happenings.ClustersEvaluation;
import org.marsad.eval.happenings.ClustersReport;
import org.marsad.eval.happenings.HappeningsGold;
import org.marsad.core.segment.Diagnostic;
import org.marsad.core.segment.Page;
import org.marsad.core.segment.PageReader;
import org.marsad.core.segment.PageSink;
import org.marsad.model.Event;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code marsad eval clusters PATH...}: how many reports a corpus yields, and how many happenings they tell; with
 * {@code --gold}: the clusters scored against the happenings gold (B-cubed and pairwise over the gold's reports).
 */
@Command(name = "clusters", mixinStandardHelpOptions = true,
        description = {"Code the pages and cluster their events across articles: reports, clusters, merges.",
                "With --gold FILE (gold/happenings/H1.json): code the gold's ANT articles, cluster their events as",
                "the store does, and score the clusters against the gold's happenings (B-cubed and pairwise).",
                "Exit status: 0 done, 1 nothing scored, 2 bad arguments."})
final class EvalClustersCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files or folders of pages (without --gold).")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--gold", paramLabel = "FILE",
            description = "Happenings gold (marsad.happenings-standoff/1) to score the clusters against.")
    Path gold;

    @Option(names = "--articles", paramLabel = "DIR",
            description = "With --gold: the article gold whose events are the reports (default: ../ant beside "
                    + "the gold's folder, i.e. gold/ant).")
    Path articles;

    @Mixin
    CorporaOption corpora = new CorporaOption();

    @Option(names = "--split", paramLabel = "PART",
            description = "With --gold: score only the reports of articles of this manifest split (train, dev, test, "
                    + "wide); every article is still coded and clustered.")
    String split;

    @Option(names = "--agreement",
            description = "With --gold: also score each second coder's happenings (the folder second/ beside the "
                    + "gold) against the gold, on that coder's windows: the coders' agreement.")
    boolean agreement;

    @Option(names = "--show", paramLabel = "ID",
            description = "With --gold: gold happenings whose system clusters to print (default: the five largest).")
    List<String> show = new ArrayList<>();

    @Option(names = {"-v", "--verbose"}, description = "With --gold: list the system clusters that mix happenings.")
    boolean verbose;

    @Option(names = "--published", paramLabel = "DATE",
            description = "Publication date (YYYY-MM-DD) for pages whose own metadata gives none.")
    LocalDate published;

    @Option(names = "--json", description = "Print one JSON object instead of the table.")
    boolean json;

    @Option(names = "--decider", paramLabel = "rules|all|shipped|trained|FILE",
            description = "With --gold: which events the pipeline keeps, as in eval articles (default: shipped).")
    String decider = "shipped";

    @Override
    public Integer call() {
        if (gold != null) {
            return scored();
        }
        if (paths.isEmpty()) {
            spec.commandLine().getErr().println("marsad eval clusters: give PATH... or --gold FILE");
            return 2;
        }
        Pipeline pipeline = Pipeline.standard();
        List<Event> events = new ArrayList<>();
        Sources sources = new Sources();
        int[] pages = new int[2];
        PageSink sink = new PageSink() {
            @Override
            public void page(Page page) {
                List<Event> found = pipeline.process(page.datedIfUnknown(published)).events();
                events.addAll(found);
                sources.page(page.docId(), page.text(), found);
                pages[0]++;
            }

            @Override
            public void problem(Diagnostic d) {
                pages[1]++;
            }
        };
        PageReader reader = new PageReader();
        paths.forEach(p -> reader.read(p, sink));
        List<EventCluster> clusters = new EventClusterer(sources::of).cluster(events);
        long oneSource = clusters.stream().filter(c -> c.mentions() > 1 && c.sources() == 1).count();
        long merged = clusters.stream().filter(c -> c.mentions() > 1).count();
        long inMerged = clusters.stream().filter(c -> c.mentions() > 1).mapToLong(EventCluster::mentions).sum();
        int largest = clusters.stream().mapToInt(EventCluster::mentions).max().orElse(0);
        long reports = clusters.stream().mapToLong(EventCluster::mentions).sum();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.printf(Locale.ROOT, "{\"pages\":%d,\"skipped\":%d,\"reports\":%d,\"clusters\":%d,"
                    + "\"multi_report_clusters\":%d,\"reports_in_them\":%d,\"largest\":%d,"
                    + "\"multi_report_one_source\":%d}%n",
                    pages[0], pages[1], reports, clusters.size(), merged, inMerged, largest, oneSource);
        } else {
            out.printf(Locale.ROOT, "pages %d (skipped %d)%nreports (events) %d%nclusters (happenings) %d "
                    + "(%.2f reports each)%nclusters of 2+ reports %d, holding %d reports; largest %d%n"
                    + "clusters of 2+ reports from one source (near-duplicate pages or a repeated sentence) %d%n",
                    pages[0], pages[1], reports, clusters.size(),
                    clusters.isEmpty() ? 0.0 : (double) reports / clusters.size(), merged, inMerged, largest,
                    oneSource);
        }
        out.flush();
        return 0;
    }

    private Integer scored() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ClustersReport report;
        try {
            org.marsad.eval.articles.StandoffSet.requireSplit(split);
            if (!Files.isRegularFile(gold)) {
                throw new IllegalArgumentException(gold + ": no such happenings gold file");
            }
            HappeningsGold first = HappeningsGold.read(gold);
            List<HappeningsGold> second = new ArrayList<>();
            Path secondDir = gold.toAbsolutePath().getParent().resolve("second");
            if (agreement) {
                if (!Files.isDirectory(secondDir)) {
                    throw new IllegalArgumentException("--agreement: no folder " + secondDir);
                }
                try (Stream<Path> s = Files.list(secondDir)) {
                    for (Path f : s.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                        second.add(HappeningsGold.read(f));
                    }
                }
            }
            Path ant = articles != null ? articles : gold.toAbsolutePath().getParent().resolveSibling("ant");
            Pipeline pipeline = Deciders.pipeline(decider);
            EventClusterer clusterer = new EventClusterer();
            report = new ClustersEvaluation(p -> pipeline.process(p).events(), clusterer::cluster)
                    .run(ant, corpora.folder(), first, second, split, show);
        } catch (IllegalArgumentException | IOException e) {
            err.println("marsad eval clusters: " + e.getMessage());
            return 2;
        }
        report.problems().forEach(p -> err.println("marsad eval clusters: not scored: " + p));
        out.print(json ? report.json() + "\n" : report.text(verbose));
        out.flush();
        return report.score().items() == 0 ? 1 : 0;
    }
}
