package org.marsad.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.core.decide.LinearModel;
import org.marsad.core.names.MultiClassModel;
import org.marsad.core.names.NameLists;
import org.marsad.eval.ner.NerCorpus;
import org.marsad.eval.ner.NerEvaluator;
import org.marsad.eval.ner.NerReport;
import org.marsad.learn.ner.NerTraining;
import org.marsad.learn.ner.NerModelCard;
import org.marsad.core.pipeline.Pipeline;
import org.marsad.core.dedup.HappeningFeatures;
import org.marsad.learn.HappeningTraining;
import org.marsad.learn.FieldModelCard;
import org.marsad.learn.HappeningExamples;
import org.marsad.learn.FieldModelTraining;
import org.marsad.learn.EventModelTraining;
import org.marsad.learn.Example;
import org.marsad.learn.ModelCard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code marsad train events|ner}: rebuilds the shipped event decider or name tagger from data in the repository and
 * ../shared.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Rebuild a shipped model from its data, deterministically (docs/learning.md).",
                "MODEL: events (the trained event decider), actors, recipients and places (the trained field choices), happenings (the article merge, written to target/: not shipped) or ner (the trained name tagger, from --ner).",
                "Exit status: 0 written, 1 no training data, 2 bad arguments."})
final class TrainCommand implements Callable<Integer> {
    static final Path MODEL = Path.of("core/src/main/resources/org/marsad/core/decide/event-decider.bin");

    @Spec
    CommandSpec spec;

    /** Where the field choice models ship: actor-, recipient- and place-chooser.bin. */
    static final String FIELD_MODELS = "core/src/main/resources/org/marsad/core/decide/";

    /**
     * Where the article merge's model is written: not shipped (it did not beat the rules' merge, docs/learning.md);
     * copied to core/src/main/resources/org/marsad/core/dedup/ it would decide the merge.
     */
    static final Path HAPPENING_MODEL = Path.of("target/happening-chooser.bin");

    static final Path NER_MODEL = Path.of("core/src/main/resources/org/marsad/core/names/name-tagger.bin");

    @Parameters(index = "0", paramLabel = "MODEL", description = "events, actors, recipients, places, happenings or ner")
    String model;

    @Option(names = "--gsr", paramLabel = "DIR", description = "GSR folder (default ../shared/data/arabic_event_gsr).")
    Path gsr = Path.of("../shared/data/arabic_event_gsr");

    @Option(names = "--gold", paramLabel = "DIR", description = "Stand-off gold of real articles; its train part is used (default gold/ant).")
    Path gold = Path.of("gold/ant");

    @Mixin
    CorporaOption corpora = new CorporaOption();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Model file (default: the shipped one, core/src/main/resources/org/marsad/core/decide/event-decider.bin or .../core/names/name-tagger.bin); its card is written beside it.")
    Path output;

    @Option(names = "--ner", paramLabel = "DIR", description = "With ner: CoNLL files to train on, those directly in DIR (default ../shared/data/ner: ANERcorp; its aqmar/ subfolder is not read).")
    Path ner = Path.of("../shared/data/ner");

    @Override
    public Integer call() throws IOException {
        var err = spec.commandLine().getErr();
        var out = spec.commandLine().getOut();
        if ("ner".equals(model)) {
            return trainNer(out, err);
        }
        if ("actors".equals(model) || "places".equals(model) || "recipients".equals(model)) {
            return trainField(out, err, model);
        }
        if ("happenings".equals(model)) {
            return trainHappenings(out, err);
        }
        if (!"events".equals(model)) {
            err.println("marsad train: unknown model " + model + " (known: events, actors, recipients, places, happenings, ner)");
            return 2;
        }
        Path output = this.output != null ? this.output : MODEL;
        if (!Files.isDirectory(gsr) && !Files.isDirectory(gold)) {
            err.println(Printable.of("marsad train: neither " + gsr + " nor " + gold + " is a folder: no training data"));
            return 1;
        }
        out.println(Printable.of("marsad train events: reading candidates (GSR " + gsr + ", gold " + gold + " train part)..."));
        out.flush();
        EventModelTraining t = new EventModelTraining(Pipeline.standard(),
                Files.isDirectory(gsr) ? gsr : null, Files.isDirectory(gold) ? gold : null, corpora.folder());
        t.problems().forEach(p -> err.println("marsad train: skipped: " + Printable.of(p)));
        List<Example> all = new java.util.ArrayList<>(t.gsrExamples());
        all.addAll(t.antExamples());
        if (all.isEmpty()) {
            err.println("marsad train: no candidate examples");
            return 1;
        }
        LinearModel m = t.train();
        Files.createDirectories(output.toAbsolutePath().getParent());
        try (OutputStream o = Files.newOutputStream(output)) {
            m.write(o);
        }
        ModelCard card = ModelCard.of(t, m, gsr, gold);
        Path cardFile = output.resolveSibling(output.getFileName().toString().replaceFirst("\\.bin$", "") + ".card.md");
        Files.writeString(cardFile, card.markdown());
        out.println(card.summary());
        out.println(Printable.of("marsad train events: wrote " + output + " (" + Files.size(output) + " bytes) and " + cardFile));
        return 0;
    }

    private int trainField(java.io.PrintWriter out, java.io.PrintWriter err, String field) throws IOException {
        Path output = this.output != null ? this.output : Path.of(FIELD_MODELS + field.replaceFirst("s$", "") + "-chooser.bin");
        if (!Files.isDirectory(gold)) {
            err.println(Printable.of("marsad train: " + gold + " is not a folder: no training data"));
            return 1;
        }
        out.println(Printable.of("marsad train " + model + ": reading candidates (gold " + gold + " train part)..."));
        out.flush();
        FieldModelTraining t = new FieldModelTraining(Pipeline.standard(), gold, corpora.folder());
        t.problems().forEach(p -> err.println("marsad train: skipped: " + Printable.of(p)));
        var choices = switch (field) {
            case "actors" -> t.choices();
            case "places" -> t.placeChoices();
            default -> t.recipientChoices();
        };
        if (choices.isEmpty()) {
            err.println("marsad train: no candidate examples");
            return 1;
        }
        LinearModel m = switch (field) {
            case "actors" -> t.train();
            case "places" -> t.trainPlaces();
            default -> t.trainRecipients();
        };
        Files.createDirectories(output.toAbsolutePath().getParent());
        try (OutputStream o = Files.newOutputStream(output)) {
            m.write(o);
        }
        String summary = switch (field) {
            case "actors" -> t.outOfFoldSummary();
            case "places" -> t.placesOutOfFoldSummary();
            default -> t.recipientsOutOfFoldSummary();
        };
        Path cardFile = output.resolveSibling(output.getFileName().toString().replaceFirst("\\.bin$", "") + ".card.md");
 Files.writeString(cardFile, FieldModelCard.markdown(gold, choices, field, m, Files.size(output), summary));
        out.println("out of fold, by document: " + summary);
        out.println(Printable.of("marsad train " + model + ": wrote " + output + " (" + Files.size(output) + " bytes) and " + cardFile));
        return 0;
    }

    private int trainHappenings(java.io.PrintWriter out, java.io.PrintWriter err) throws IOException {
        Path output = this.output != null ? this.output : HAPPENING_MODEL;
        if (!Files.isDirectory(gold)) {
            err.println(Printable.of("marsad train: " + gold + " is not a folder: no training data"));
            return 1;
        }
        out.println(Printable.of("marsad train happenings: reading the kept events (gold " + gold + " train part)..."));
        out.flush();
        List<String> problems = new java.util.ArrayList<>();
        HappeningFeatures features = new HappeningFeatures(FieldModelTraining.BITS);
        var choices = new HappeningExamples(Pipeline.standard(), corpora.folder(), features).of(gold, "train", problems);
        problems.forEach(p -> err.println("marsad train: skipped: " + Printable.of(p)));
        if (choices.isEmpty()) {
            err.println("marsad train: no examples");
            return 1;
        }
        HappeningTraining training = new HappeningTraining(choices, FieldModelTraining.BITS);
        LinearModel m = training.train();
        Files.createDirectories(output.toAbsolutePath().getParent());
        try (OutputStream o = Files.newOutputStream(output)) {
            m.write(o);
        }
        String summary = training.summary();
        Path cardFile = output.resolveSibling(output.getFileName().toString().replaceFirst("\\.bin$", "") + ".card.md");
        Files.writeString(cardFile, FieldModelCard.markdown(gold, choices, "happenings", m, Files.size(output), summary));
        out.println("out of fold, by document: " + summary);
        out.println(Printable.of("marsad train happenings: wrote " + output + " (" + Files.size(output) + " bytes) and "
                + cardFile));
        return 0;
    }

    private int trainNer(java.io.PrintWriter out, java.io.PrintWriter err) throws IOException {
        Path output = this.output != null ? this.output : NER_MODEL;
        if (!Files.exists(ner)) {
            err.println("marsad train: " + ner + " does not exist: no training data");
            return 1;
        }
        long t0 = System.nanoTime();
        List<NerCorpus.Sentence> sentences = NerCorpus.read(ner);
        if (sentences.isEmpty()) {
            err.println("marsad train: no sentences in " + ner);
            return 1;
        }
        out.println("marsad train ner: " + sentences.size() + " sentences from " + ner + "; training...");
        out.flush();
        NerTraining training = new NerTraining(NameLists.standard());
        MultiClassModel m = training.train(sentences);
        Files.createDirectories(output.toAbsolutePath().getParent());
        try (OutputStream o = Files.newOutputStream(output)) {
            m.write(o);
        }
        out.println("marsad train ner: wrote " + output + " (" + Files.size(output) + " bytes); scoring out of fold...");
        out.flush();
        NerReport oof = new NerEvaluator(training.outOfFold(sentences)).evaluate(sentences);
        double seconds = (System.nanoTime() - t0) / 1e9;
        Path cardFile = output.resolveSibling(output.getFileName().toString().replaceFirst("\\.bin$", "") + ".card.md");
        Files.writeString(cardFile, NerModelCard.markdown(ner, sentences, m, Files.size(output), oof, seconds));
        out.print(oof.toTable());
        out.println("marsad train ner: out of fold (" + NerTraining.FOLDS + " contiguous parts); wrote " + cardFile);
        return 0;
    }
}
