package org.marsad.learn;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.marsad.core.decide.CandidateFeatures;
import org.marsad.core.decide.Decided;
import org.marsad.core.decide.EventDecider;
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
    private final List<AntExamples.Coded> coded;
    private final Pipeline pipeline;
    private double[] outOfFold;
    private ArticleThreshold articleThreshold;

    /**
     * @param gsrDir the GSR folder (null: none)
     * @param gold the stand-off gold folder (null: none); its {@code train} part is used
     */
    public EventModelTraining(Pipeline pipeline, Path gsrDir, Path gold, Path corpora) {
        this.pipeline = pipeline;
        this.candidates = new Candidates(pipeline, new CandidateFeatures(BITS));
        this.gsrRows = gsrDir == null ? List.of() : GsrRows.read(gsrDir);
        this.gsr = GsrExamples.of(gsrRows, candidates);
        if (gold != null) {
            AntExamples a = new AntExamples(candidates, corpora);
            this.ant = a.of(gold, "train", problems);
            this.antArticles = a.articles();
            this.coded = a.coded();
        } else {
            this.ant = List.of();
            this.antArticles = 0;
            this.coded = List.of();
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

    /**
     * The model trained on everything, with the threshold chosen out of fold on the same training data: on whole
     * articles of the gold's train part when there are any ({@link #articleThreshold()}), else on the candidates.
     */
    public LinearModel train() {
        List<Example> all = allExamples();
        float threshold = coded.isEmpty() ? chooseThreshold(all, outOfFoldProbabilities()) : articleThreshold().threshold();
        return new LogisticTrainer(BITS, COST).train(all, threshold);
    }

    /** The thresholds tried on whole articles, {@code 0.02, 0.03, ..., 0.60}. */
    static final float[] ARTICLE_THRESHOLDS = grid(2, 60);

    private static float[] grid(int fromPercent, int toPercent) {
        float[] out = new float[toPercent - fromPercent + 1];
        for (int i = 0; i < out.length; i++) {
            out[i] = (fromPercent + i) / 100f;
        }
        return out;
    }

    /**
     * The threshold chosen on whole articles, out of fold: each coded article of the gold's train part is coded by
     * the pipeline deciding with a model trained on the GSR and on the other folds' articles (5 folds by document),
     * its events (after merging, as {@code marsad eval articles} sees them) paired with the coded ones at every
     * threshold of {@link #ARTICLE_THRESHOLDS}. A candidate's repeat that the rules merge costs nothing on a page, so
     * the best threshold for articles is not the one for candidates. Of those counts {@link ThresholdChoice#choose}
     * takes the median over bootstrap resamples of the articles of the smoothed F1 curve's peak (why: its doc).
     */
    public ArticleThreshold articleThreshold() {
        if (articleThreshold == null) {
            int[][][] byArticle = articleCounts();
            int[][] counts = ThresholdChoice.pooled(byArticle);
            int chosen = ThresholdChoice.choose(byArticle);
            int best = ThresholdChoice.argmax(ThresholdChoice.f1s(counts));
            int even = ThresholdChoice.breakEven(counts);
            articleThreshold = new ArticleThreshold(ARTICLE_THRESHOLDS[chosen], counts[chosen][0], counts[chosen][1],
                    counts[chosen][2], ARTICLE_THRESHOLDS[best], f1(counts[best]), ARTICLE_THRESHOLDS[even],
                    curve(counts));
        }
        return articleThreshold;
    }

    /** The pooled F1 at every fifth threshold of the grid, as {@code 0.05 0.512, 0.10 0.520, ...}. */
    private static String curve(int[][] counts) {
        StringBuilder b = new StringBuilder();
        for (int t = 0; t < counts.length; t++) {
            if (Math.round(ARTICLE_THRESHOLDS[t] * 100) % 5 == 0) {
                b.append(b.length() == 0 ? "" : ", ").append(String.format(java.util.Locale.ROOT, "%.2f %.3f",
                        ARTICLE_THRESHOLDS[t], f1(counts[t])));
            }
        }
        return b.toString();
    }

    /**
     * For each coded article, for each threshold of {@link #ARTICLE_THRESHOLDS}: its out-of-fold tp, fp, fn. The
     * pipeline runs once per article up to its candidates; only the decision and the assembly run per threshold.
     */
    private int[][][] articleCounts() {
        int[][][] out = new int[coded.size()][ARTICLE_THRESHOLDS.length][3];
        for (int f = 0; f < FOLDS; f++) {
            TrainedDecider decider = foldDecider(f, 0.5f);
            List<Decided> seen = new ArrayList<>(1);
            Pipeline capturing = pipeline.withDecider(EventDecider.RULES).withAssembly(d -> {
                seen.add(d);
                return List.of();
            });
            for (int i = 0; i < coded.size(); i++) {
                AntExamples.Coded a = coded.get(i);
                if (Folds.of(a.document(), FOLDS) != f) {
                    continue;
                }
                seen.clear();
                capturing.events(a.page(), a.article(), a.published());
                if (seen.isEmpty()) {
                    continue; // a teaser: no events at any threshold
                }
                org.marsad.core.proposal.Candidates c = seen.get(0).candidates();
                double[] p = decider.probabilities(c.events(), c.text());
                for (int t = 0; t < ARTICLE_THRESHOLDS.length; t++) {
                    List<org.marsad.model.Event> kept = TrainedDecider.kept(c.events(), p,
                            ARTICLE_THRESHOLDS[t]);
                    List<org.marsad.model.Event> events = pipeline.assembly().assemble(new Decided(c, kept));
                    org.marsad.eval.articles.Pairing pr = org.marsad.eval.articles.EventPairer.pair(a.gold(), events);
                    out[i][t] = new int[] {pr.tp(), pr.fp(), pr.fn()};
                }
            }
        }
        return out;
    }

    /**
     * The decider that did not see fold {@code f} of the train articles: trained on the GSR and the other folds'
     * articles (5 folds by document), as the threshold's choice and the card's article counts use it, deciding at
     * {@code threshold}.
     */
    public TrainedDecider foldDecider(int f, float threshold) {
        if (f < 0 || f >= FOLDS) {
            throw new IllegalArgumentException("fold must be in 0.." + (FOLDS - 1) + ", not " + f);
        }
        List<Example> train = new ArrayList<>(gsr);
        for (Example e : ant) {
            if (Folds.of(e.document(), FOLDS) != f) {
                train.add(e);
            }
        }
        return new TrainedDecider(new LogisticTrainer(BITS, COST).train(train, threshold));
    }

    /** The fold of each coded train article, by its page's {@code docId} (the hash of its bytes). */
    public java.util.Map<String, Integer> foldsByPage() {
        java.util.Map<String, Integer> out = new java.util.HashMap<>();
        for (AntExamples.Coded a : coded) {
            out.put(a.page().docId(), Folds.of(a.document(), FOLDS));
        }
        return out;
    }

    private static double f1(int[] c) {
        return ThresholdChoice.f1(c);
    }

    /**
     * The article-level threshold and the out-of-fold event counts it gave on the gold's train part; the threshold
     * with the best raw F1 and that F1; the break-even threshold (the first where P reaches R); the F1 curve.
     */
    public record ArticleThreshold(float threshold, int tp, int fp, int fn, float best, double bestF1,
                                   float breakEven, String curve) {
        public double f1() {
            return EventModelTraining.f1(new int[] {tp, fp, fn});
        }
    }

    /** The number of coded articles of the train part the threshold is chosen on. */
    public int codedArticles() {
        return coded.size();
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
