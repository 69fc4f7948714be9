package org.marsad.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.marsad.core.dedup.EventCluster;
import org.marsad.core.dedup.EventClusterer;
import org.marsad.core.pipeline.Pipeline;
import org.marsad.core.segment.Diagnostic;
import org.marsad.core.segment.Page;
import org.marsad.core.segment.PageReader;
import org.marsad.core.segment.PageSink;
import org.marsad.model.Event;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code marsad eval clusters PATH...}: how many reports a corpus yields, and how many happenings they tell. */
@Command(name = "clusters", mixinStandardHelpOptions = true,
        description = "Code the pages and cluster their events across articles: reports, clusters, merges.")
final class EvalClustersCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders of pages.")
    List<Path> paths;

    @Option(names = "--published", paramLabel = "DATE",
            description = "Publication date (YYYY-MM-DD) for pages whose own metadata gives none.")
    LocalDate published;

    @Option(names = "--json", description = "Print one JSON object instead of the table.")
    boolean json;

    @Override
    public Integer call() {
        Pipeline pipeline = Pipeline.standard();
        List<Event> events = new ArrayList<>();
        int[] pages = new int[2];
        PageSink sink = new PageSink() {
            @Override
            public void page(Page page) {
                events.addAll(pipeline.process(page.datedIfUnknown(published)).events());
                pages[0]++;
            }

            @Override
            public void problem(Diagnostic d) {
                pages[1]++;
            }
        };
        PageReader reader = new PageReader();
        paths.forEach(p -> reader.read(p, sink));
        List<EventCluster> clusters = new EventClusterer().cluster(events);
        long merged = clusters.stream().filter(c -> c.mentions() > 1).count();
        long inMerged = clusters.stream().filter(c -> c.mentions() > 1).mapToLong(EventCluster::mentions).sum();
        int largest = clusters.stream().mapToInt(EventCluster::mentions).max().orElse(0);
        long reports = clusters.stream().mapToLong(EventCluster::mentions).sum();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.printf(Locale.ROOT, "{\"pages\":%d,\"skipped\":%d,\"reports\":%d,\"clusters\":%d,"
                    + "\"multi_report_clusters\":%d,\"reports_in_them\":%d,\"largest\":%d}%n",
                    pages[0], pages[1], reports, clusters.size(), merged, inMerged, largest);
        } else {
            out.printf(Locale.ROOT, "pages %d (skipped %d)%nreports (events) %d%nclusters (happenings) %d "
                    + "(%.2f reports each)%nclusters of 2+ reports %d, holding %d reports; largest %d%n",
                    pages[0], pages[1], reports, clusters.size(),
                    clusters.isEmpty() ? 0.0 : (double) reports / clusters.size(), merged, inMerged, largest);
        }
        out.flush();
        return 0;
    }
}
