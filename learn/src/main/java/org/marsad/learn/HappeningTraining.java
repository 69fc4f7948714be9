package org.marsad.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.marsad.core.decide.LinearModel;

/**
 * Trains the article merge ({@link HappeningExamples}) as a choice among options, and the margin by which merging
 * into an earlier event must beat "a happening of its own": chosen out of fold (5 folds by document) for what a
 * merge does to the article's events: merging a report of the same coded event removes a false event (+1), merging
 * two coded events loses a true one and leaves a miss (-2). The margin, in log-odds, is kept as the model's
 * threshold.
 */
public final class HappeningTraining {
    static final double[] MARGINS = {0, 0.25, 0.5, 0.75, 1, 1.25, 1.5, 1.75, 2, 2.5, 3, 4};

    private final List<Choice> choices;
    private final int bits;
    private double margin = Double.NaN;
    private String summary;

    public HappeningTraining(List<Choice> choices, int bits) {
        this.choices = choices;
        this.bits = bits;
    }

    /** The model, trained on every choice, with the margin chosen out of fold. */
    public LinearModel train() {
        outOfFold();
        return ChoiceTraining.train(choices, bits).withThreshold((float) margin);
    }

    /** What the out-of-fold run measured, for the card. */
    public String summary() {
        outOfFold();
        return summary;
    }

    private void outOfFold() {
        if (!Double.isNaN(margin)) {
            return;
        }
        double[] stay = new double[choices.size()];
        double[] merge = new double[choices.size()];
        boolean[] mergeRight = new boolean[choices.size()];
        for (int f = 0; f < ChoiceTraining.FOLDS; f++) {
            List<Choice> train = new ArrayList<>();
            for (Choice c : choices) {
                if (Folds.of(c.options().get(0).document(), ChoiceTraining.FOLDS) != f) {
                    train.add(c);
                }
            }
            LinearModel m = ChoiceTraining.train(train, bits);
            for (int i = 0; i < choices.size(); i++) {
                Choice c = choices.get(i);
                if (Folds.of(c.options().get(0).document(), ChoiceTraining.FOLDS) != f) {
                    continue;
                }
                stay[i] = logOdds(m, c.options().get(0));
                merge[i] = Double.NEGATIVE_INFINITY;
                for (int o = 1; o < c.options().size(); o++) {
                    double s = logOdds(m, c.options().get(o));
                    if (s > merge[i]) {
                        merge[i] = s;
                        mergeRight[i] = c.options().get(o).positive();
                    }
                }
            }
        }
        double bestGain = Double.NEGATIVE_INFINITY;
        StringBuilder curve = new StringBuilder();
        for (double d : MARGINS) {
            int right = 0;
            int wrong = 0;
            for (int i = 0; i < choices.size(); i++) {
                if (merge[i] > stay[i] + d) {
                    if (mergeRight[i]) {
                        right++;
                    } else {
                        wrong++;
                    }
                }
            }
            int gain = right - 2 * wrong;
            curve.append(String.format(Locale.ROOT, "%s%.2f: %d right, %d wrong", curve.length() == 0 ? "" : "; ", d,
                    right, wrong));
            if (gain > bestGain) {
                bestGain = gain;
                margin = d;
            }
        }
        int rules = 0;
        for (Choice c : choices) {
            rules += c.rulesPick() > 0 ? (c.options().get(c.rulesPick()).positive() ? 1 : -2) : 0;
        }
        summary = String.format(Locale.ROOT, "%s; merges by margin (log-odds): %s; chosen %.2f (gain %d: +1 per right "
                + "merge, -2 per wrong); the rules' merges on the same choices: gain %d",
                ChoiceTraining.outOfFoldSummary(choices, bits), curve, margin, (int) bestGain, rules);
    }

    private static double logOdds(LinearModel m, Example e) {
        double p = m.probability(e.features());
        return Math.log(p / (1 - p));
    }
}
