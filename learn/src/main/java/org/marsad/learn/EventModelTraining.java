package org.marsad.learn;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.marsad.core.decide.CandidateFeatures;
import org.marsad.core.decide.LinearModel;
import org.marsad.core.decide.TrainedDecider;
import org.marsad.core.pipeline.Pipeline;
import org.marsad.eval.gsr.GsrEvaluator;
import org.marsad.eval.gsr.GsrReport;
import org.marsad.eval.gsr.GsrRows;

/**
 * Trains the event decider and scores it honestly. Training data: the GSR folder's labelled sentences and the
 * {@code train} part of the stand-off gold of real articles. The decision threshold is chosen on out-of-fold
 * predictions of the training data itself (k folds by document), never on the data it is scored on.
 */
public final class EventModelTraining {
    public static final int BITS = 20;
    public static final double COST = 0.5;
    public static final int FOLDS = 5;

    private final Candidates candidates;
    private final List<GsrRows.Row> gsrRows;
    private final List<Example> gsr;
    private final List<Example> ant;
    private final List<String> problems = new ArrayList<>();
    private final int antArticles;
    private double[] outOfFold;

    /**
     * @param gsrDir the GSR folder (null: none)
     * @param gold the stand-off gold folder (null: none); its {@code train} part is used
     */
    public EventModelTraining(Pipeline pipeline, Path gsrDir, Path gold, Path corpora) {
        this.candidates = new Candidates(pipeline, new CandidateFeatures(BITS));
        this.gsrRows = gsrDir == null ? List.of() : GsrRows.read(gsrDir);
        this.gsr = GsrExamples.of(gsrRows, candidates);
        if (gold != null) {
            AntExamples a = new AntExamples(candidates, corpora);
            this.ant = a.of(gold, "train", problems);
            this.antArticles = a.articles();
        } else {
            this.ant = List.of();
            this.antArticles = 0;
        }
    }

    public List<Example> gsrExamples() {
        return gsr;
    }

    public List<Example> antExamples() {
        return ant;
    }

    public int antArticles() {
        return antArticles;
    }

    public List<String> problems() {
        return problems;
    }

    /** Every training example: the GSR's, then the articles'. */
    public List<Example> allExamples() {
        List<Example> all = new ArrayList<>(gsr);
        all.addAll(ant);
        return all;
    }

    /** The out-of-fold probabilities of {@link #allExamples()}, computed once (the threshold and the card use them). */
    public double[] outOfFoldProbabilities() {
        if (outOfFold == null) {
            outOfFold = outOfFold(allExamples());
        }
        return outOfFold;
    }

    /** The model trained on everything, with the threshold chosen out of fold on the same training data. */
    public LinearModel train() {
        List<Example> all = allExamples();
        float threshold = chooseThreshold(all, outOfFoldProbabilities());
        return new LogisticTrainer(BITS, COST).train(all, threshold);
    }

    /** The threshold that maximises F1 over out-of-fold probabilities of {@code examples} (k folds by document). */
    public static float chooseThreshold(List<Example> examples) {
        return chooseThreshold(examples, outOfFold(examples));
    }

    /** The threshold that maximises F1 of {@code examples} given their out-of-fold probabilities {@code p}. */
    static float chooseThreshold(List<Example> examples, double[] p) {
        float best = 0.5f;
        double bestF1 = -1;
        for (int t = 5; t <= 95; t++) {
            float th = t / 100f;
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (int i = 0; i < p.length; i++) {
                boolean yes = p[i] >= th;
                boolean gold = examples.get(i).positive();
                tp += yes && gold ? 1 : 0;
                fp += yes && !gold ? 1 : 0;
                fn += !yes && gold ? 1 : 0;
            }
            double f1 = tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
            if (f1 > bestF1) {
                bestF1 = f1;
                best = th;
            }
        }
        return best;
    }

    /** Out-of-fold probabilities: each example scored by a model that did not see its document. */
    public static double[] outOfFold(List<Example> examples) {
        double[] out = new double[examples.size()];
        for (int f = 0; f < FOLDS; f++) {
            List<Example> train = new ArrayList<>();
            for (Example e : examples) {
                if (Folds.of(e.document(), FOLDS) != f) {
                    train.add(e);
                }
            }
            LinearModel m = new LogisticTrainer(BITS, COST).train(train, 0.5f);
            for (int i = 0; i < out.length; i++) {
                if (Folds.of(examples.get(i).document(), FOLDS) == f) {
                    out[i] = m.probability(examples.get(i).features());
                }
            }
        }
        return out;
    }

    /**
     * {@code marsad eval gsr} out of fold: the GSR sentences of each fold (by document) are coded by a pipeline
     * whose decider was trained, with its threshold chosen, on the other folds and the article gold's train part.
     */
    public GsrReport gsrOutOfFold(Pipeline pipeline, Path gsrDir) {
        Pipeline[] byFold = new Pipeline[FOLDS];
        for (int f = 0; f < FOLDS; f++) {
            List<Example> train = new ArrayList<>(ant);
            for (Example e : gsr) {
                if (Folds.of(e.document(), FOLDS) != f) {
                    train.add(e);
                }
            }
            LinearModel m = new LogisticTrainer(BITS, COST).train(train, chooseThreshold(train));
            byFold[f] = pipeline.withDecider(new TrainedDecider(m));
        }
        return new GsrEvaluator((id, text) -> {
            int f = Folds.of("gsr:" + GsrRows.documentOf(id), FOLDS);
            return GsrEvaluator.of(byFold[f]).code(id, text);
        }).evaluate(gsrDir);
    }
}
