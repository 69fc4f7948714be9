package org.marsad.learn;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.marsad.core.decide.LinearModel;

/**
 * The card that ships beside a model: its data (with SHA-256s), licences, date, size, and scores measured out of
 * fold by document on its training examples (never on data it trained on).
 */
public record ModelCard(String markdown, String summary) {

    public static ModelCard of(EventModelTraining t, LinearModel m, Path gsr, Path gold) {
        List<Example> all = t.allExamples();
        double[] p = t.outOfFoldProbabilities();
        String gsrScore = score(all, p, m.threshold(), "gsr");
        String antScore = score(all, p, m.threshold(), "ant");
        String chosen = t.codedArticles() == 0 ? "chosen out of fold on the candidates"
                : articles(t.articleThreshold(), t.codedArticles());
        String summary = String.format(Locale.ROOT,
                "examples: %d GSR candidates, %d candidates of %d gold articles (train part)%n"
                        + "threshold %.2f (%s)%n"
                        + "out of fold, by document, candidate level: GSR %s; articles %s",
                t.gsrExamples().size(), t.antExamples().size(), t.antArticles(), m.threshold(), chosen, gsrScore,
                antScore);
        String md = "# Model card: the event decider (`event-decider.bin`)\n\n"
                + "Built " + LocalDate.now() + " by `./marsad train events` (deterministic: the same data gives the same "
                + "bytes). It decides, for each candidate event the rules propose, whether it is a reported event "
                + "(`org.marsad.core.decide.TrainedDecider`).\n\n"
                + "## What it holds\nL2-regularised logistic regression (liblinear " + "L2R_LR, C = "
                + EventModelTraining.COST + ") over 2^" + EventModelTraining.BITS + " hashed features "
                + "(`CandidateFeatures`): weights and a bias only, never training text.\n\n"
                + "## Data\n"
                + "- GSR dev half (`" + gsr + "`; annotations MIT, sentences from Arabic Gigaword, LDC): "
                + t.gsrExamples().size() + " candidates of the file's type in labelled sentences. SHA-256: "
                + sha(gsr.resolve("assault_gsr.csv")) + " (assault), " + sha(gsr.resolve("protest_gsr.csv")) + " (protest).\n"
                + "- Marsad's stand-off gold of real ANT articles (`" + gold + "`, train part only; ANT corpus: research "
                + "use with citation): " + t.antExamples().size() + " candidates in " + t.antArticles() + " articles, positive "
                + "when a candidate reports a coded event (its type and actor match one as `marsad eval articles` matches "
                + "them; a happening's second report too: the article merge, not the decider, keeps one).\n"
                + "- Not used: SaudiNewsNet (CC BY-NC-SA), the gold's dev and test parts, the GSR held-out half.\n\n"
                + "## Scores (out of fold, 5 folds by document, on the training examples; candidate level)\n"
                + "- GSR candidates: " + gsrScore + "\n- Article candidates: " + antScore + "\n"
                + "- Threshold " + String.format(Locale.ROOT, "%.2f", m.threshold()) + ", " + chosen + ".\n"
                + "Whole-article and GSR sentence scores: `marsad eval articles gold/ant --split dev --decider trained` "
                + "(the dev part, not trained on) and `marsad eval gsr ../shared/data/arabic_event_gsr --decider oof` "
                + "(out of fold, 5 folds by document). The train part's errors, read out of fold (each article decided "
                + "by the model that did not see it, at this threshold; the event counts above): `marsad eval articles "
                + "gold/ant --split train --decider oof -v`.\n"
                + "Rebuild: `./marsad train events` from the repository root (reads ../shared/data/arabic_event_gsr, "
                + "gold/ant and ../shared/data/corpora), then update its SHA-256 in core/.../DATA.md.\n";
        return new ModelCard(md, summary);
    }

    /** How the article-level threshold was chosen and what it scored, in words. */
    static String articles(EventModelTraining.ArticleThreshold a, int articles) {
        double p = a.tp() + a.fp() == 0 ? 0 : (double) a.tp() / (a.tp() + a.fp());
        double r = a.tp() + a.fn() == 0 ? 0 : (double) a.tp() / (a.tp() + a.fn());
        return String.format(Locale.ROOT, "chosen on whole articles out of fold, 5 folds by document, on the %d coded "
                + "articles of the gold's train part: the break-even point (the lowest threshold where event precision reaches "
                + "recall; thresholds 0.02 ... 0.60, step 0.01) as the median over " + ThresholdChoice.ROUNDS
                + " bootstrap resamples of the articles; event P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d); the best F1 "
                + "at %.2f (F1 %.3f), the break-even point of all articles at once %.2f; F1 by threshold: %s",
                articles, p, r, a.f1(), a.tp(), a.fp(), a.fn(), a.best(), a.bestF1(), a.breakEven(), a.curve());
    }

    private static String score(List<Example> all, double[] p, float threshold, String origin) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int i = 0; i < p.length; i++) {
            Example e = all.get(i);
            if (!e.origin().equals(origin)) {
                continue;
            }
            boolean yes = p[i] >= threshold;
            tp += yes && e.positive() ? 1 : 0;
            fp += yes && !e.positive() ? 1 : 0;
            fn += !yes && e.positive() ? 1 : 0;
        }
        double pr = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double re = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        double f1 = pr + re == 0 ? 0 : 2 * pr * re / (pr + re);
        return String.format(Locale.ROOT, "P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d)", pr, re, f1, tp, fp, fn);
    }

    static String sha(Path p) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
