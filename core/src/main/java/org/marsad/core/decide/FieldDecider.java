package org.marsad.core.decide;

import org.marsad.core.proposal.Candidates;

/**
 * Decides fields of each of an article's candidate events where the rules read several possible values: which side
 * acted ({@link ActorChoice}), where it happened ({@link PlaceChoice}). {@link #RULES} keeps what the rules read.
 */
@FunctionalInterface
public interface FieldDecider {
    /** The rules' own fields. */
    FieldDecider RULES = candidates -> candidates;

    /** The candidates, each with its fields decided. */
    Candidates decide(Candidates candidates);

    /** This decision, then {@code next} on its result. */
    default FieldDecider then(FieldDecider next) {
        return candidates -> next.decide(decide(candidates));
    }
}
