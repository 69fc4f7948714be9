package org.marsad.learn.ner;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.marsad.core.names.MultiClassModel;
import org.marsad.core.names.NameFeatures;
import org.marsad.core.names.NameLists;
import org.marsad.core.names.TrainedNameTagger;
import org.marsad.eval.ner.NerCorpus;

/**
 * Trains the name tagger: every word of every sentence is one example, its features those of
 * {@link NameFeatures} with the gold tags of the two words before it, its class its type (O, PERS, LOC, ORG).
 * One-vs-rest L2-regularised logistic regression by liblinear (deterministic: the random generator is reset before
 * each run), with class weights {@link #CLASS_WEIGHTS}. A feature index seen in fewer than {@link #MIN_COUNT} words of the training data gets no weight.
 */
public final class NerTraining {
    public static final int BITS = 20;
    public static final double COST = 2;
    /**
     * liblinear class weights (cost factor of a class's own words in its one-vs-rest problem): less for O, more
     * for ORG, whose names the tagger otherwise misses most; chosen by out-of-fold F1 on the training data.
     */
    static final double[] CLASS_WEIGHTS = {0.7, 3};
    static final int[] WEIGHTED_CLASSES = {0, 3};
    public static final int MIN_COUNT = 2;
    public static final int FOLDS = 5;
    public static final List<String> LABELS = List.of(TrainedNameTagger.OUTSIDE, "PERS", "LOC", "ORG");

    private final NameLists lists;
    private final NameFeatures features;

    public NerTraining(NameLists lists) {
        this.lists = lists;
        this.features = new NameFeatures(BITS, lists);
    }

    public MultiClassModel train(List<NerCorpus.Sentence> sentences) {
        List<int[]> rows = new ArrayList<>();
        List<Integer> ys = new ArrayList<>();
        for (NerCorpus.Sentence s : sentences) {
            NameFeatures.Sentence fs = features.sentence(s.words());
            int[] buf = new int[fs.maxFeatures()];
            String p1 = "<s>";
            String p2 = "<s>";
            for (int i = 0; i < fs.size(); i++) {
                int n = fs.features(i, p1, p2, buf);
                rows.add(sortedDistinct(buf, n));
                String label = label(s.gold().get(i));
                ys.add(LABELS.indexOf(label));
                p2 = p1;
                p1 = label;
            }
        }
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("no words to train on");
        }
        int slots = 1 << BITS;
        int[] counts = new int[slots + 1];
        for (int[] r : rows) {
            for (int f : r) {
                counts[f]++;
            }
        }
        Problem p = new Problem();
        p.l = rows.size();
        p.n = slots + 1;
        p.bias = 1;
        p.x = new Feature[p.l][];
        p.y = new double[p.l];
        for (int i = 0; i < p.l; i++) {
            int[] r = rows.get(i);
            int kept = 0;
            for (int f : r) {
                kept += counts[f] >= MIN_COUNT ? 1 : 0;
            }
            Feature[] x = new Feature[kept + 1];
            int j = 0;
            for (int f : r) {
                if (counts[f] >= MIN_COUNT) {
                    x[j++] = new FeatureNode(f, 1);
                }
            }
            x[kept] = new FeatureNode(p.n, 1);
            p.x[i] = x;
            p.y[i] = ys.get(i);
        }
        Linear.disableDebugOutput();
        Linear.resetRandom();
        Parameter par = new Parameter(SolverType.L2R_LR, COST, 0.01);
        java.util.Set<Integer> present = new java.util.HashSet<>(ys);
        int nw = 0;
        double[] wv = new double[WEIGHTED_CLASSES.length];
        int[] wl = new int[WEIGHTED_CLASSES.length];
        for (int q = 0; q < WEIGHTED_CLASSES.length; q++) {
            if (present.contains(WEIGHTED_CLASSES[q])) { // liblinear refuses a weight for an absent class
                wv[nw] = CLASS_WEIGHTS[q];
                wl[nw++] = WEIGHTED_CLASSES[q];
            }
        }
        par.setWeights(Arrays.copyOf(wv, nw), Arrays.copyOf(wl, nw));
        Model m = Linear.train(p, par);
        int[] order = m.getLabels();
        int k = LABELS.size();
        float[][] w = new float[k][slots + 1];
        float[] bias = new float[k];
        double[] raw = m.getFeatureWeights();
        int nc = m.getNrClass();
        for (int li = 0; li < nc; li++) {
            int c = order[li];
            if (nc == 2) {
                double sign = li == 0 ? 1 : -1;
                for (int f = 1; f <= slots; f++) {
                    w[c][f] = (float) (sign * raw[f - 1]);
                }
                bias[c] = (float) (sign * raw[p.n - 1]);
            } else {
                for (int f = 1; f <= slots; f++) {
                    w[c][f] = (float) raw[(f - 1) * nc + li];
                }
                bias[c] = (float) raw[(p.n - 1) * nc + li];
            }
        }
        for (int c = 0; c < k; c++) {
            boolean seen = false;
            for (int o : order) {
                seen |= o == c;
            }
            if (!seen) {
                bias[c] = -1e6f; // a class absent from the training data is never chosen
            }
        }
        return new MultiClassModel(BITS, LABELS, w, bias);
    }

    /**
     * An out-of-fold tagger of {@code sentences}: they are cut into {@link #FOLDS} contiguous parts (documents are
     * runs of sentences, so a cut splits at most one), each part tagged by a model trained on the others. The
     * function takes a document (a run of these very sentences' word lists) and gives one type or null per word;
     * a document across a cut is tagged part by part.
     */
    public Function<List<List<String>>, List<List<String>>> outOfFold(List<NerCorpus.Sentence> sentences) {
        int n = sentences.size();
        Map<List<String>, Integer> foldOf = new IdentityHashMap<>();
        List<TrainedNameTagger> taggers = new ArrayList<>();
        for (int f = 0; f < FOLDS; f++) {
            int from = fold(n, f);
            int to = fold(n, f + 1);
            for (NerCorpus.Sentence s : sentences.subList(from, to)) {
                foldOf.put(s.words(), f);
            }
            List<NerCorpus.Sentence> train = new ArrayList<>(sentences.subList(0, from));
            train.addAll(sentences.subList(to, n));
            taggers.add(new TrainedNameTagger(train(train), lists));
        }
        return doc -> {
            List<List<String>> out = new ArrayList<>(doc.size());
            int i = 0;
            while (i < doc.size()) {
                Integer f = foldOf.get(doc.get(i));
                if (f == null) {
                    throw new IllegalArgumentException("not a sentence of the out-of-fold corpus");
                }
                int j = i;
                while (j < doc.size() && f.equals(foldOf.get(doc.get(j)))) {
                    j++;
                }
                out.addAll(taggers.get(f).tagDocument(doc.subList(i, j)));
                i = j;
            }
            return out;
        };
    }

    /** The first sentence of fold {@code f} of {@code n} sentences. */
    public static int fold(int n, int f) {
        return (int) ((long) n * f / FOLDS);
    }

    static String label(String type) {
        return type == null ? TrainedNameTagger.OUTSIDE : type;
    }

    static int[] sortedDistinct(int[] buf, int n) {
        return org.marsad.core.decide.FeatureHash.sortedDistinct(buf, n);
    }
}
