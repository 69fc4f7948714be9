package org.marsad.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.marsad.eval.agreement.CoderAgreement;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code marsad eval agreement FIRST SECOND}: how far two independent codings of the same articles agree. */
@Command(name = "agreement", mixinStandardHelpOptions = true,
        description = {"Agreement between two codings of the same articles (stand-off gold, docs/annotation.md):",
                "event F1 with the first as gold, and Cohen's kappa on sentence labels.",
                "Exit status: 0 scored, 1 no article coded twice, 2 bad arguments."})
final class EvalAgreementCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FIRST", description = "The first coding (e.g. gold/ant).")
    Path first;

    @Parameters(index = "1", paramLabel = "SECOND", description = "The second coding (e.g. gold/ant/second).")
    Path second;

    @Mixin
    CorporaOption corpora = new CorporaOption();

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        CoderAgreement.Report r;
        try {
            r = new CoderAgreement(first, second, corpora.folder()).run();
        } catch (IllegalArgumentException e) {
            err.println("marsad eval agreement: " + Printable.of(e.getMessage()));
            return 2;
        }
        r.problems().forEach(p -> err.println("marsad eval agreement: not compared: " + Printable.of(p)));
        out.println(json ? r.toJson() : r.toTable());
        out.flush();
        return r.articles() == 0 ? 1 : 0;
    }
}
