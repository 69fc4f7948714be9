package org.marsad.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.eval.articles.PageCoder;
import org.marsad.eval.sentences.SentenceEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code marsad eval sentences DIR...}: per-type sentence scores on the project's sentence labels. */
@Command(name = "sentences", mixinStandardHelpOptions = true,
        description = {"Score the pipeline sentence by sentence against the coders' labels of real ANT articles",
                "(stand-off gold: gold/ant and gold/sentences; docs/annotation.md).",
                "Exit status: 0 scored, 1 nothing could be scored, 2 bad arguments."})
final class EvalSentencesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", arity = "1..*", description = "Folders of stand-off gold (e.g. gold/ant gold/sentences).")
    List<Path> dirs;

    @Option(names = "--split", paramLabel = "PART", description = "train, dev, test or wide; default all.")
    String split;

    @Mixin
    CorporaOption corpora = new CorporaOption();

    @Option(names = "--decider", paramLabel = "rules|all|shipped|trained|FILE", description = "As in eval articles.")
    String decider = "shipped";

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        SentenceEvaluation.Report r;
        try {
            org.marsad.eval.articles.StandoffSet.requireSplit(split);
            r = new SentenceEvaluation(PageCoder.of(Deciders.pipeline(decider)), corpora.folder()).run(dirs, split);
        } catch (IllegalArgumentException e) {
            err.println("marsad eval sentences: " + Printable.of(e.getMessage()));
            return 2;
        }
        r.problems().forEach(p -> err.println("marsad eval sentences: not scored: " + Printable.of(p)));
        out.println(json ? r.toJson() : r.toTable());
        out.flush();
        return r.sentences() == 0 ? 1 : 0;
    }
}
