package org.marsad.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.marsad.core.pipeline.Pipeline;
import org.marsad.eval.gsr.GsrEvaluator;
import org.marsad.eval.gsr.GsrReport;
import org.marsad.learn.EventModelTraining;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Option(names = "--misses", description = {"List misclassified sentence ids with the rules that fired, on stderr.",
            "A positive sentence with no event of its type also gets why: each trigger of the sentence and the report "
                    + "filter's reasons for dropping it (content, background, history, unanchored, ...), or no trigger."})
    boolean misses;

    @Option(names = "--decider", paramLabel = "rules|all|oof",
            description = {"Which decision to score: rules (the rules alone), all (the shipped field choices, every "
                    + "candidate kept: the rules' decision), or oof: the trained event decider out of fold, each "
                    + "fold's sentences (by document) coded by a model trained on the other folds and on the article "
                    + "gold's train part. Default: the shipped pipeline; oof instead when the shipped pipeline decides "
                    + "with a model trained on this folder (today's shipped decider is)."})
    String decider;

    @Option(names = "--gold", paramLabel = "DIR", description = "With oof: the stand-off article gold (default gold/ant).")
    Path gold = Path.of("gold/ant");

    @Mixin
    CorporaOption corpora = new CorporaOption();

    @Override
    public Integer call() {
        Pipeline pipeline = Pipeline.standard();
        boolean trainedShipped = pipeline.decider() instanceof org.marsad.core.decide.TrainedDecider;
        String mode = decider != null ? decider : trainedShipped && ShippedModel.trainedOn(dir) ? "oof" : "shipped";
        GsrReport report;
        switch (mode) {
            case "rules" -> report = new GsrEvaluator(GsrEvaluator.of(
                    pipeline.withFields(org.marsad.core.decide.FieldDecider.RULES)
                            .withDecider(org.marsad.core.decide.EventDecider.RULES))).evaluate(dir);
            case "oof" -> {
                System.err.println("marsad eval gsr: scoring the trained decider out of fold (5 folds by document)");
                report = new EventModelTraining(pipeline, dir, java.nio.file.Files.isDirectory(gold) ? gold : null,
                        corpora.folder()).gsrOutOfFold(pipeline, dir);
            }
            case "all" -> report = new GsrEvaluator(GsrEvaluator.of(
                    pipeline.withDecider(org.marsad.core.decide.EventDecider.RULES))).evaluate(dir);
            case "shipped" -> report = new GsrEvaluator(GsrEvaluator.of(pipeline)).evaluate(dir);
            default -> {
                System.err.println("marsad eval gsr: --decider must be rules, all or oof, not " + mode);
                return 2;
            }
        }
        System.out.print(json ? report.toJson(verbose) + System.lineSeparator() : report.toTable(verbose));
        if (misses) {
            GsrWhy why = new GsrWhy(dir);
            for (GsrReport.Miss m : report.misses()) {
                String line = m.type() + "\t" + m.label() + "\t" + m.id() + "\t" + String.join(",", m.rules());
                boolean noEvent = m.rules().isEmpty() && "YES".equals(m.label());
                System.err.println(noEvent ? line + "\t" + why.of(m.type(), m.id()) : line);
            }
        }
        return 0;
    }
}
