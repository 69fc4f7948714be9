package org.marsad.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.marsad.core.pipeline.Pipeline;
import org.marsad.eval.gsr.GsrEvaluator;
import org.marsad.eval.gsr.GsrReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code marsad eval gsr DIR}: see {@code spec/evaluation.md} section 1. */
@Command(name = "gsr", mixinStandardHelpOptions = true,
        description = "Score sentence-level ASSAULT/PROTEST detection and actor spans on an arabic_event_gsr folder.")
final class EvalGsrCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "Folder with assault_gsr.csv, protest_gsr.csv, *_spans.json.")
    Path dir;

    @Option(names = "--json", description = "Print one JSON object with the spec's keys.")
    boolean json;

    @Option(names = "--verbose", description = "Add per-rule counts (tp, fp, ambiguous).")
    boolean verbose;

    @Option(names = "--misses", description = "List misclassified sentence ids with the rules that fired, on stderr.")
    boolean misses;

    @Override
    public Integer call() {
        GsrReport report = new GsrEvaluator(GsrEvaluator.of(Pipeline.standard())).evaluate(dir);
        System.out.print(json ? report.toJson(verbose) + System.lineSeparator() : report.toTable(verbose));
        if (misses) {
            for (GsrReport.Miss m : report.misses()) {
                System.err.println(m.type() + "\t" + m.label() + "\t" + m.id() + "\t" + String.join(",", m.rules()));
            }
        }
        return 0;
    }
}
