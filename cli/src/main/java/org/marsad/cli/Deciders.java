package org.marsad.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.marsad.core.decide.EventDecider;
import org.marsad.core.decide.FieldDecider;
import org.marsad.core.decide.LinearModel;
import org.marsad.core.decide.TrainedDecider;
import org.marsad.core.pipeline.Pipeline;

/**
 * The pipeline with the decision an evaluation asks for: {@code rules} (the rules alone: their roles and their
 * decision), {@code shipped} (what {@link Pipeline#standard()} uses: the trained field choices and the trained event
 * decider, see docs/learning.md; {@code trained} is the same), {@code all} (the trained field choices, every
 * candidate kept: the rules' decision), or a model file written by {@code marsad train events -o FILE} deciding
 * after the shipped field choices.
 */
final class Deciders {
    private Deciders() {
    }

    static Pipeline pipeline(String which) {
        Pipeline p = Pipeline.standard();
        if (which == null || which.equals("shipped")) {
            return p;
        }
        if (which.equals("rules")) {
            return p.withFields(FieldDecider.RULES).withDecider(EventDecider.RULES);
        }
        if (which.equals("all")) {
            return p.withDecider(EventDecider.RULES);
        }
        if (which.equals("trained")) {
            TrainedDecider shipped = TrainedDecider.shipped();
            if (shipped == null) {
                throw new IllegalArgumentException("this build ships no trained event decider (marsad train events)");
            }
            return p.withDecider(shipped);
        }
        Path f = Path.of(which);
        if (!Files.isRegularFile(f)) {
            throw new IllegalArgumentException("--decider must be rules, all, shipped, trained or a model file; " + which
                    + " is none of them");
        }
        try (InputStream in = Files.newInputStream(f)) {
            return p.withDecider(new TrainedDecider(LinearModel.read(in)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the model " + f + ": " + e.getMessage(), e);
        }
    }
}
