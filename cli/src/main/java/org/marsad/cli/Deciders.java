package org.marsad.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.marsad.core.decide.EventDecider;
import org.marsad.core.decide.LinearModel;
import org.marsad.core.decide.TrainedDecider;
import org.marsad.core.pipeline.Pipeline;

/** The pipeline with the decision an evaluation asks for: {@code rules}, {@code shipped}, or a model file. */
final class Deciders {
    private Deciders() {
    }

    static Pipeline pipeline(String which) {
        Pipeline p = Pipeline.standard();
        if (which == null || which.equals("shipped")) {
            return p;
        }
        if (which.equals("rules")) {
            return p.withDecider(EventDecider.RULES);
        }
        Path f = Path.of(which);
        if (!Files.isRegularFile(f)) {
            throw new IllegalArgumentException("--decider must be rules, shipped or a model file; " + which
                    + " is none of them");
        }
        try (InputStream in = Files.newInputStream(f)) {
            return p.withDecider(new TrainedDecider(LinearModel.read(in)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the model " + f + ": " + e.getMessage(), e);
        }
    }
}
