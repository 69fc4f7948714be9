package org.marsad.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.marsad.core.pipeline.Pipeline;
import org.marsad.eval.articles.ArticlesEvaluation;
import org.marsad.eval.articles.ArticlesReport;
import org.marsad.eval.articles.PageCoder;
import org.marsad.eval.articles.ReportJson;
import org.marsad.eval.articles.ReportText;
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

    @Option(names = "--decider", paramLabel = "rules|all|shipped|trained|FILE",
            description = "Which decision to score: the rules alone (their fields and decision), all (the trained "
                    + "field choices, every candidate kept: the rules' decision), the shipped pipeline (default: the "
                    + "trained field choices and event decider; trained is the same), or a model file (marsad train "
                    + "events -o FILE). The models saw the gold's train part only: score them on --split dev.")
    String decider = "shipped";

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ArticlesReport report;
        try {
            org.marsad.eval.articles.StandoffSet.requireSplit(split);
            ArticlesEvaluation evaluation = new ArticlesEvaluation(PageCoder.of(Deciders.pipeline(decider)));
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
}
