package org.marsad.core.dedup;

import org.marsad.core.decide.HashedBag;
import org.marsad.core.decide.LinearModel;
import org.marsad.model.DatePrecision;
import org.marsad.model.Event;
import org.marsad.model.EventDate;

/**
 * Decides, for each event of an article after the first, which happening it reports: the happening of one of the
 * earlier events of its type (the lead told again in detail, a toll update), or one of its own (a second strike,
 * a recap of an older attack). A trained model ({@link HappeningFeatures}, docs/learning.md) scores each earlier
 * event of the type and "a new one"; the likeliest wins, a merge only by a margin (the model's threshold, in
 * log-odds, chosen out of fold when it was trained: a wrong merge loses a true event). The rules' merge ({@link Compatibility}) is one of its
 * features. At most {@value #MAX_BACK} earlier events of the type are scored, so an article of thousands of reports
 * stays linear. Thread-safe.
 */
public final class HappeningChoice {
    /** The shipped model (docs/learning.md; its card beside it). */
    public static final String RESOURCE = "happening-chooser.bin";

    /** How many earlier events of its type an event is held against, the nearest first. */
    public static final int MAX_BACK = 30;

    private final LinearModel model;
    private final HappeningFeatures features;

    public HappeningChoice(LinearModel model) {
        this.model = model;
        this.features = new HappeningFeatures(model.bits());
    }

    /** The shipped model, or null when the build has none. */
    public static HappeningChoice shipped() {
        LinearModel m = LinearModel.resource(HappeningChoice.class, RESOURCE);
        return m == null ? null : new HappeningChoice(m);
    }

    /**
     * The index of the earlier event whose happening event {@code b} of the article reports, or -1 for a happening
     * of its own.
     */
    public int choose(HappeningFeatures.Told told, int b) {
        HashedBag bag = features.bag();
        int best = -1;
        double bestScore = features.fill(bag, told, -1, b).logOdds(model) + model.threshold();
        int seen = 0;
        for (int a = told.previous()[b]; a >= 0 && seen < MAX_BACK; a = told.previous()[a]) {
            seen++;
            if (apart(told.events().get(a), told.events().get(b))) {
                continue;
            }
            double s = features.fill(bag, told, a, b).logOdds(model);
            if (s > bestScore) {
                bestScore = s;
                best = a;
            }
        }
        return best;
    }

    /**
     * Two reports the rules hold apart whatever the model says: both dated to a day, and not the same day (a strike
     * on Monday and one on Wednesday are two strikes). Such an earlier event is no option.
     */
    public static boolean apart(Event a, Event b) {
        EventDate x = a.date();
        EventDate y = b.date();
        return x.precision() == DatePrecision.DAY && y.precision() == DatePrecision.DAY && x.value() != null
                && !x.value().equals(y.value());
    }

    public HappeningFeatures features() {
        return features;
    }
}
