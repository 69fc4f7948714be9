package org.marsad.core.decide;

import org.marsad.core.proposal.Candidates;

/**
 * Decides which side acted in each of an article's candidate events. {@link #RULES} keeps the actor the rules
 * read; {@link ActorChoice} asks a trained model to choose among the sides the sentence names.
 */
@FunctionalInterface
public interface RoleDecider {
    /** The rules' own roles. */
    RoleDecider RULES = candidates -> candidates;

    /** The candidates, each with its actor decided. */
    Candidates decide(Candidates candidates);
}
