package org.marsad.eval.gsr;

import java.util.LinkedHashMap;
import java.util.Map;

/** Sentence-level detection counts for one event type; "difficult no" sentences are also counted apart. */
public record BinaryScore(int tp, int fp, int fn, int tn, int hardNegatives, int hardNegativesRight) {
    static final BinaryScore EMPTY = new BinaryScore(0, 0, 0, 0, 0, 0);

    /** This score with one more sentence; ambiguous sentences leave it unchanged. */
    BinaryScore add(GsrSentence.Label gold, boolean predicted) {
        return switch (gold) {
            case YES -> predicted ? with(1, 0, 0, 0, 0, 0) : with(0, 0, 1, 0, 0, 0);
            case EASY_NO -> predicted ? with(0, 1, 0, 0, 0, 0) : with(0, 0, 0, 1, 0, 0);
            case DIFFICULT_NO -> predicted ? with(0, 1, 0, 0, 1, 0) : with(0, 0, 0, 1, 1, 1);
            case AMBIGUOUS -> this;
        };
    }

    private BinaryScore with(int dtp, int dfp, int dfn, int dtn, int dh, int dhr) {
        return new BinaryScore(tp + dtp, fp + dfp, fn + dfn, tn + dtn, hardNegatives + dh, hardNegativesRight + dhr);
    }

    double precision() {
        return ratio(tp, tp + fp);
    }

    double recall() {
        return ratio(tp, tp + fn);
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    double hardNegativeAccuracy() {
        return ratio(hardNegativesRight, hardNegatives);
    }

    Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tp", tp);
        m.put("fp", fp);
        m.put("fn", fn);
        m.put("tn", tn);
        m.put("precision", precision());
        m.put("recall", recall());
        m.put("f1", f1());
        m.put("hard_negative_accuracy", hardNegativeAccuracy());
        m.put("hard_negatives", hardNegatives);
        return m;
    }

    static double ratio(double num, double den) {
        return den == 0 ? 0 : num / den;
    }
}
