package org.marsad.learn;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.marsad.core.decide.ActorFeatures;
import org.marsad.core.decide.LinearModel;
import org.marsad.core.pipeline.Pipeline;

/**
 * Trains the actor choice on the {@code train} part of the stand-off gold (pointwise: each side an example) and
 * scores the choice out of fold by document: of the candidates whose sides hold a right one, how often the
 * likeliest side is right, against how often the rules' own actor is.
 */
public final class ActorModelTraining {
    public static final int BITS = 18;
    public static final double COST = 0.5;
    public static final int FOLDS = 5;

    private final List<ActorExamples.Choice> choices;
    private final List<String> problems = new ArrayList<>();

    public ActorModelTraining(Pipeline pipeline, Path gold, Path corpora) {
        this.choices = new ActorExamples(pipeline, new ActorFeatures(BITS), corpora).of(gold, "train", problems);
    }

    public List<ActorExamples.Choice> choices() {
        return choices;
    }

    public List<String> problems() {
        return problems;
    }

    public LinearModel train() {
        return train(choices);
    }

    static LinearModel train(List<ActorExamples.Choice> choices) {
        List<Example> all = new ArrayList<>();
        for (ActorExamples.Choice c : choices) {
            all.addAll(c.options());
        }
        return new LogisticTrainer(BITS, COST).train(all, 0.5f);
    }

    /** Out of fold (5 folds by document): how many choices the model gets right, and the rules. */
    public String outOfFoldSummary() {
        int model = 0;
        int rules = 0;
        for (int f = 0; f < FOLDS; f++) {
            List<ActorExamples.Choice> train = new ArrayList<>();
            List<ActorExamples.Choice> test = new ArrayList<>();
            for (ActorExamples.Choice c : choices) {
                (Folds.of(c.options().get(0).document(), FOLDS) == f ? test : train).add(c);
            }
            LinearModel m = train(train);
            for (ActorExamples.Choice c : test) {
                int best = 0;
                double bestP = -1;
                for (int i = 0; i < c.options().size(); i++) {
                    double p = m.probability(c.options().get(i).features());
                    if (p > bestP) {
                        bestP = p;
                        best = i;
                    }
                }
                model += c.options().get(best).positive() ? 1 : 0;
                rules += c.rulesRight() ? 1 : 0;
            }
        }
        int n = choices.size();
        return String.format(Locale.ROOT, "%d candidates with a right side among their sides; right actor chosen: "
                + "model %d (%.3f), rules %d (%.3f)", n, model, n == 0 ? 0 : (double) model / n, rules,
                n == 0 ? 0 : (double) rules / n);
    }
}
