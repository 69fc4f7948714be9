package org.marsad.eval.agreement;

/** Cohen's kappa of two coders' yes/no decisions on the same items. */
public final class Kappa {
    private long yesYes;
    private long yesNo;
    private long noYes;
    private long noNo;

    public void add(boolean first, boolean second) {
        if (first && second) {
            yesYes++;
        } else if (first) {
            yesNo++;
        } else if (second) {
            noYes++;
        } else {
            noNo++;
        }
    }

    public long items() {
        return yesYes + yesNo + noYes + noNo;
    }

    /** Items either coder said yes to. */
    public long positives() {
        return yesYes + yesNo + noYes;
    }

    /** (observed − chance) / (1 − chance); 1 when both coders never disagree, NaN with no items. */
    public double kappa() {
        double n = items();
        if (n == 0) {
            return Double.NaN;
        }
        double observed = (yesYes + noNo) / n;
        double firstYes = (yesYes + yesNo) / n;
        double secondYes = (yesYes + noYes) / n;
        double chance = firstYes * secondYes + (1 - firstYes) * (1 - secondYes);
        return chance >= 1 ? 1 : (observed - chance) / (1 - chance);
    }
}
