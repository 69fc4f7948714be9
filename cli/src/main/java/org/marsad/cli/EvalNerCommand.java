package org.marsad.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.marsad.core.names.NameLists;
import org.marsad.core.names.TrainedNameTagger;
import org.marsad.eval.ner.NerCorpus;
import org.marsad.eval.ner.NerEvaluator;
import org.marsad.eval.ner.NerReport;
import org.marsad.learn.ner.NerModelCard;
import org.marsad.learn.ner.NerTraining;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code marsad eval ner DIR}: token-level PERS/LOC/ORG scores of a name tagger on a CoNLL corpus. */
@Command(name = "ner", mixinStandardHelpOptions = true,
        description = "Score a name tagger token by token (PERS, LOC, ORG) on CoNLL files (ANERcorp, AQMAR).")
final class EvalNerCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "A CoNLL file or a folder of them (token TAG per line).")
    Path dir;

    @Option(names = "--json", description = "Print one JSON object: PERS, LOC, ORG with precision, recall, f1.")
    boolean json;

    @Option(names = "--misses", paramLabel = "N", defaultValue = "0",
            description = "List the N most frequent wrong words (gold->system, word, count) on stderr.")
    int misses;

    @Option(names = "--tagger", paramLabel = "rules|trained|oof",
            description = {"Which tagger to score: rules (the rule-based tagger), trained (the shipped trained "
                    + "model), or oof: the trained tagger out of fold, the sentences cut into 5 contiguous parts, each "
                    + "tagged by a model trained on the other four. Default: oof when the shipped model was trained "
                    + "on a file of DIR (its card names the file's SHA-256), else trained."})
    String tagger;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        java.io.PrintWriter out = spec.commandLine().getOut();
        java.io.PrintWriter err = spec.commandLine().getErr();
        String mode = tagger != null ? tagger : trainedOn(dir) ? "oof" : "trained";
        List<NerCorpus.Sentence> sentences = NerCorpus.read(dir);
        Function<List<List<String>>, List<List<String>>> f;
        switch (mode) {
            case "rules" -> f = NerEvaluator.standardTagger();
            case "trained" -> {
                TrainedNameTagger t = TrainedNameTagger.shipped();
                if (t == null) {
                    err.println("marsad eval ner: this build has no trained name model (marsad train ner)");
                    return 1;
                }
                f = t::tagDocument;
            }
            case "oof" -> {
                err.println("marsad eval ner: scoring the trained tagger out of fold (" + NerTraining.FOLDS
                        + " contiguous parts, each tagged by a model trained on the others)");
                f = new NerTraining(NameLists.standard()).outOfFold(sentences);
            }
            default -> {
                err.println("marsad eval ner: --tagger must be rules, trained or oof, not " + mode);
                return 2;
            }
        }
        if (!"oof".equals(mode) && !"rules".equals(mode) && trainedOn(dir)) {
            err.println("marsad eval ner: warning: the shipped model was trained on this data; "
                    + "these scores are not out of sample (use --tagger oof)");
        }
        err.println("marsad eval ner: tagger " + mode);
        NerEvaluator evaluator = new NerEvaluator(f);
        NerReport report = evaluator.evaluate(sentences);
        evaluator.misses(misses).forEach(e -> err.println(e.getKey() + "\t" + e.getValue()));
        out.print(json ? report.toJson() + System.lineSeparator() : report.toTable());
        out.flush();
        return 0;
    }

    /** Whether the shipped name model's card names the SHA-256 of a file of {@code dir}. */
    static boolean trainedOn(Path dir) {
        String card;
        try (InputStream in = TrainedNameTagger.class.getResourceAsStream("name-tagger.card.md")) {
            if (in == null) {
                return false;
            }
            card = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return false;
        }
        for (Path f : NerCorpus.files(dir)) {
            if (card.contains(NerModelCard.sha(f))) {
                return true;
            }
        }
        return false;
    }
}
