package org.marsad.core.decide;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.marsad.core.proposal.Candidate;
import org.marsad.core.proposal.Candidates;
import org.marsad.model.Event;

/** What the trained decisions share: their shipped model read from the class path, a choice among options. */
final class Choices {
    private Choices() {
    }

    /** The model shipped as {@code resource} beside this package's classes, or null when the build has none. */
    static LinearModel shipped(String resource) {
        return LinearModel.resource(Choices.class, resource);
    }

    /** The candidates, each event replaced by {@code decide}'s. */
    static Candidates map(Candidates candidates, Function<Candidate, Event> decide) {
        List<Candidate> out = new ArrayList<>(candidates.list().size());
        for (Candidate c : candidates.list()) {
            out.add(new Candidate(decide.apply(c), c.named()));
        }
        return new Candidates(candidates.page(), candidates.article(), candidates.published(), out,
                candidates.references());
    }

    /**
     * The option with the highest score, a probability or its log-odds (the first of equals; a lone option
     * unscored); {@code options} is not empty.
     */
    static <T> T likeliest(List<T> options, ToDoubleFunction<T> score) {
        if (options.size() == 1) {
            return options.get(0);
        }
        T best = null;
        double bestP = Double.NEGATIVE_INFINITY;
        for (T o : options) {
            double p = score.applyAsDouble(o);
            if (p > bestP) {
                bestP = p;
                best = o;
            }
        }
        return best;
    }
}
