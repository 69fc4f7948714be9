package org.marsad.learn;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.util.List;
import org.marsad.core.decide.LinearModel;

/**
 * L2-regularised logistic regression by liblinear (its trust-region Newton solver, deterministic: the random
 * generator is reset before each run). Examples are binary hashed features; the result is a {@link LinearModel}.
 */
public final class LogisticTrainer {
    private final int bits;
    private final double c;

    /** @param c liblinear's cost: larger fits the training data more closely */
    public LogisticTrainer(int bits, double c) {
        this.bits = bits;
        this.c = c;
    }

    public LinearModel train(List<Example> examples, float threshold) {
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("no examples to train on");
        }
        Problem p = new Problem();
        p.l = examples.size();
        p.n = (1 << bits) + 1;
        p.bias = 1;
        p.x = new Feature[p.l][];
        p.y = new double[p.l];
        for (int i = 0; i < p.l; i++) {
            int[] f = examples.get(i).features();
            Feature[] row = new Feature[f.length + 1];
            for (int j = 0; j < f.length; j++) {
                row[j] = new FeatureNode(f[j], 1);
            }
            row[f.length] = new FeatureNode(p.n, 1); // the bias feature
            p.x[i] = row;
            p.y[i] = examples.get(i).positive() ? 1 : 0;
        }
        Linear.disableDebugOutput();
        Linear.resetRandom();
        Model m = Linear.train(p, new Parameter(SolverType.L2R_LR, c, 0.001));
        double[] w = m.getFeatureWeights();
        int[] labels = m.getLabels();
        // liblinear's weights point towards its first label: make them point towards "positive" (1)
        double sign = labels[0] == 1 ? 1 : -1;
        float[] weights = new float[(1 << bits) + 1];
        for (int i = 1; i < weights.length; i++) { // feature index i is liblinear's w[i - 1]
            weights[i] = (float) (sign * w[i - 1]);
        }
        float bias = (float) (sign * w[p.n - 1]);
        return new LinearModel(bits, weights, bias, threshold);
    }
}
