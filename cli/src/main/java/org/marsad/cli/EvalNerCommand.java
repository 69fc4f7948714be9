package org.marsad.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.marsad.eval.ner.NerEvaluator;
import org.marsad.eval.ner.NerReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code marsad eval ner DIR}: token-level PERS/LOC/ORG scores of the name tagger on a CoNLL corpus. */
@Command(name = "ner", mixinStandardHelpOptions = true,
        description = "Score the rule-based name tagger token by token (PERS, LOC, ORG) on CoNLL files (ANERcorp, AQMAR).")
final class EvalNerCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "A CoNLL file or a folder of them (token TAG per line).")
    Path dir;

    @Option(names = "--json", description = "Print one JSON object: PERS, LOC, ORG with precision, recall, f1.")
    boolean json;

    @Option(names = "--misses", paramLabel = "N", defaultValue = "0",
            description = "List the N most frequent wrong words (gold->system, word, count) on stderr.")
    int misses;

    @Override
    public Integer call() {
        NerEvaluator evaluator = new NerEvaluator(NerEvaluator.standardTagger());
        NerReport report = evaluator.evaluate(dir);
        evaluator.misses(misses).forEach(e -> System.err.println(e.getKey() + "\t" + e.getValue()));
        System.out.print(json ? report.toJson() + System.lineSeparator() : report.toTable());
        return 0;
    }
}
