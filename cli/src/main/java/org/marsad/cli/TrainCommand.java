package org.marsad.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.core.decide.LinearModel;
import org.marsad.core.pipeline.Pipeline;
import org.marsad.learn.EventModelTraining;
import org.marsad.learn.Example;
import org.marsad.learn.ModelCard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code marsad train events}: rebuilds the shipped event decider from data in the repository and ../shared. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Rebuild a shipped model from its data, deterministically (docs/learning.md).",
                "MODEL: events (the trained event decider).",
                "Exit status: 0 written, 1 no training data, 2 bad arguments."})
final class TrainCommand implements Callable<Integer> {
    static final Path MODEL = Path.of("core/src/main/resources/org/marsad/core/decide/event-decider.bin");

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL", description = "events")
    String model;

    @Option(names = "--gsr", paramLabel = "DIR", description = "GSR folder (default ../shared/data/arabic_event_gsr).")
    Path gsr = Path.of("../shared/data/arabic_event_gsr");

    @Option(names = "--gold", paramLabel = "DIR", description = "Stand-off gold of real articles; its train part is used (default gold/ant).")
    Path gold = Path.of("gold/ant");

    @Option(names = "--corpora", paramLabel = "DIR", description = "Corpora the gold names (default ../shared/data/corpora).")
    Path corpora = Path.of("../shared/data/corpora");

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Model file (default: the shipped one, " + "core/src/main/resources/org/marsad/core/decide/event-decider.bin); its card is written beside it.")
    Path output = MODEL;

    @Override
    public Integer call() throws IOException {
        var err = spec.commandLine().getErr();
        var out = spec.commandLine().getOut();
        if (!"events".equals(model)) {
            err.println("marsad train: unknown model " + model + " (known: events)");
            return 2;
        }
        if (!Files.isDirectory(gsr) && !Files.isDirectory(gold)) {
            err.println(Printable.of("marsad train: neither " + gsr + " nor " + gold + " is a folder: no training data"));
            return 1;
        }
        out.println(Printable.of("marsad train events: reading candidates (GSR " + gsr + ", gold " + gold + " train part)..."));
        out.flush();
        EventModelTraining t = new EventModelTraining(Pipeline.standard(),
                Files.isDirectory(gsr) ? gsr : null, Files.isDirectory(gold) ? gold : null, corpora);
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
}
