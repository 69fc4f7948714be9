package org.marsad.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.marsad.core.decide.TrainedDecider;
import org.marsad.core.pipeline.Pipeline;
import org.marsad.eval.articles.ArticlesEvaluation;
import org.marsad.eval.articles.ArticlesReport;
import org.marsad.eval.articles.PageCoder;
import org.marsad.eval.articles.ReportJson;
import org.marsad.eval.articles.ReportText;
import org.marsad.learn.EventModelTraining;
import org.marsad.learn.OutOfFoldArticles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code marsad eval articles DIR}: whole gold articles, every field; see {@code spec/evaluation.md} section 2. */
@Command(name = "articles", mixinStandardHelpOptions = true,
        description = {"Score the pipeline against gold articles: DIR holds pages and NAME.gold.json beside each,",
                "or the project's stand-off gold of real articles (gold/ant: offsets into ../shared corpora files).",
                "Exit status: 0 scored, 1 no page could be scored, 2 bad arguments (no gold files)."})
final class EvalArticlesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "Folder of pages and their NAME.gold.json files.")
    Path dir;

    @Option(names = "--json", description = "Print one JSON object (spec/evaluation.md) instead of tables.")
    boolean json;

    @Option(names = {"-v", "--verbose"},
            description = "List every gold event with the system event it matched, or why none did.")
    boolean verbose;

    @Option(names = "--split", paramLabel = "PART",
            description = "Stand-off gold only: score this part of the manifest (train, dev, test, or wide: the training batches outside the windows, never trained on); default all.")
    String split;

    @Mixin
    CorporaOption corpora = new CorporaOption();

    @Option(names = "--decider", paramLabel = "rules|all|shipped|trained|oof|FILE",
            description = "Which decision to score: the rules alone (their fields and decision), all (the trained "
                    + "field choices, every candidate kept: the rules' decision), the shipped pipeline (default: the "
                    + "trained field choices and event decider; trained is the same), oof (stand-off gold, --split "
                    + "train only: each article decided by the event model that did not see it, trained on the GSR and "
                    + "the other folds' articles, at the shipped threshold), or a model file (marsad train events -o "
                    + "FILE). The models saw the gold's train part only: score them on --split dev, or read the train "
                    + "part's errors with oof.")
    String decider = "shipped";

    @Option(names = "--gsr", paramLabel = "DIR",
            description = "With oof: the GSR folder the fold models train on, as marsad train events (default ../shared/data/arabic_event_gsr).")
    Path gsr = Path.of("../shared/data/arabic_event_gsr");

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ArticlesReport report;
        try {
            org.marsad.eval.articles.StandoffSet.requireSplit(split);
            ArticlesEvaluation evaluation = new ArticlesEvaluation("oof".equals(decider) ? outOfFold(err)
                    : PageCoder.of(Deciders.pipeline(decider)));
            report = ArticlesEvaluation.isStandoffFolder(dir)
                    ? evaluation.runStandoff(dir, corpora.folder(), split)
                    : evaluation.run(dir);
        } catch (IllegalArgumentException e) {
            err.println(Printable.of("marsad eval articles: " + e.getMessage()));
            return 2;
        }
        report.errors().forEach(e -> err.println(Printable.of("marsad eval articles: not scored: " + e)));
        out.print(json ? ReportJson.toJson(report) + "\n" : ReportText.render(report, verbose));
        out.flush();
        return report.pages().isEmpty() ? 1 : 0;
    }

    /**
     * The train part coded out of fold ({@link OutOfFoldArticles}): the fold models are trained here as {@code marsad
     * train events} trains them (about half a minute), and decide at the shipped model's threshold.
     */
    private PageCoder outOfFold(PrintWriter err) {
        if (!"train".equals(split) || !ArticlesEvaluation.isStandoffFolder(dir)) {
            throw new IllegalArgumentException("--decider oof scores the stand-off gold's train part only (--split train):"
                    + " no model is out of fold for another part or for pages with NAME.gold.json");
        }
        TrainedDecider shipped = TrainedDecider.shipped();
        if (shipped == null) {
            throw new IllegalArgumentException("this build ships no trained event decider (marsad train events)");
        }
        if (!Files.isDirectory(gsr)) {
            throw new IllegalArgumentException("--decider oof trains on the GSR as marsad train events does: " + gsr
                    + " is not a folder (--gsr DIR)");
        }
        err.println(Printable.of("marsad eval articles: training the fold models (GSR " + gsr + ", gold " + dir
                + " train part)..."));
        err.flush();
        Pipeline pipeline = Pipeline.standard();
        EventModelTraining training = new EventModelTraining(pipeline, gsr, dir, corpora.folder());
        return new OutOfFoldArticles(pipeline, training, shipped.model().threshold());
    }
}
