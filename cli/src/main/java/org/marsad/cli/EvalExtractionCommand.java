package org.marsad.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.marsad.core.segment.html.HtmlExtractor;
import org.marsad.eval.extraction.ExtractionReport;
import org.marsad.eval.extraction.Extractor;
import org.marsad.eval.extraction.ScrapinghubBenchmark;
import org.marsad.eval.extraction.TrafilaturaBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code marsad eval extraction DIR --format trafilatura}: HTML main-text extraction; spec section 3. */
@Command(name = "extraction", mixinStandardHelpOptions = true,
        description = {"Score HTML main-content extraction against a public benchmark folder.",
                "Exit status: 0 scored, 1 no page could be scored, 2 bad arguments."})
final class EvalExtractionCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The benchmark folder.")
    Path dir;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "The benchmark's layout and scoring: trafilatura or scrapinghub (article body only).")
    String format;

    @Option(names = "--json", description = "Print one JSON object (spec/evaluation.md) instead of a table.")
    boolean json;

    @Option(names = {"-v", "--verbose"}, description = "List every gold segment scored wrong, page by page.")
    boolean verbose;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        HtmlExtractor html = new HtmlExtractor();
        Extractor extractor = (bytes, url) -> html.extract(bytes, url).text();
        Extractor bodyOnly = (bytes, url) -> html.extract(bytes, url).body();
        ExtractionReport report;
        try {
            report = switch (format) {
                case "trafilatura" -> new TrafilaturaBenchmark(extractor).run(dir);
                case "scrapinghub" -> new ScrapinghubBenchmark(bodyOnly).run(dir);
                default -> throw new IllegalArgumentException("unknown format " + format
                        + " (trafilatura, scrapinghub)");
            };
        } catch (IllegalArgumentException e) {
            err.println(Printable.of("marsad eval extraction: " + e.getMessage()));
            return 2;
        }
        report.errors().forEach(e -> err.println(Printable.of("marsad eval extraction: not scored: " + e)));
        if (verbose) {
            report.misses().forEach(out::println);
        }
        out.print(json ? report.toJson() + "\n" : report.toText());
        out.flush();
        return report.pages() == 0 ? 1 : 0;
    }
}
