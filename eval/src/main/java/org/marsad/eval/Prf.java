package org.marsad.eval;

/**
 * True positives, false positives and false negatives, and the scores they give. A score whose denominator is
 * zero is 0 (nothing found, nothing to find): the spec's JSON wants numbers, not nulls.
 */
public record Prf(int tp, int fp, int fn) {
    public Prf {
        if (tp < 0 || fp < 0 || fn < 0) {
            throw new IllegalArgumentException("negative count: tp=" + tp + " fp=" + fp + " fn=" + fn);
        }
    }

    public static final Prf ZERO = new Prf(0, 0, 0);

    public Prf plus(Prf o) {
        return new Prf(tp + o.tp, fp + o.fp, fn + o.fn);
    }

    public double precision() {
        return ratio(tp, tp + fp);
    }

    public double recall() {
        return ratio(tp, tp + fn);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** {@code part / whole}, or 0 when {@code whole} is 0. */
    public static double ratio(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
