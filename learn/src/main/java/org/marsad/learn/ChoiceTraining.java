package org.marsad.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.marsad.core.decide.LinearModel;

/**
 * Trains a choice among options (pointwise: each option an example, logistic regression by liblinear) and scores it
 * out of fold by document: of the choices that hold a right option, how often the likeliest is right, against how
 * often the rules' own pick is.
 */
public final class ChoiceTraining {
    public static final double COST = 0.5;
    public static final int FOLDS = 5;

    private ChoiceTraining() {
    }

    public static LinearModel train(List<Choice> choices, int bits) {
        List<Example> all = new ArrayList<>();
        for (Choice c : choices) {
            all.addAll(c.options());
        }
        return new LogisticTrainer(bits, COST).train(all, 0.5f);
    }

    /** Out of fold (5 folds by document): how many choices the model gets right, and the rules. */
    public static String outOfFoldSummary(List<Choice> choices, int bits) {
        int model = 0;
        int rules = 0;
        for (int f = 0; f < FOLDS; f++) {
            List<Choice> train = new ArrayList<>();
            List<Choice> test = new ArrayList<>();
            for (Choice c : choices) {
                (Folds.of(c.options().get(0).document(), FOLDS) == f ? test : train).add(c);
            }
            LinearModel m = train(train, bits);
            for (Choice c : test) {
                model += c.options().get(best(m, c)).positive() ? 1 : 0;
                rules += c.rulesRight() ? 1 : 0;
            }
        }
        int n = choices.size();
        return String.format(Locale.ROOT, "%d candidates with a right option; right option chosen: model %d (%.3f), "
                + "rules %d (%.3f)", n, model, n == 0 ? 0 : (double) model / n, rules, n == 0 ? 0 : (double) rules / n);
    }

    private static int best(LinearModel m, Choice c) {
        int best = 0;
        double bestP = -1;
        for (int i = 0; i < c.options().size(); i++) {
            double p = m.probability(c.options().get(i).features());
            if (p > bestP) {
                bestP = p;
                best = i;
            }
        }
        return best;
    }
}
