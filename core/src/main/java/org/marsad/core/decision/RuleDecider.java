package org.marsad.core.decision;

import org.marsad.core.proposal.Candidates;

/** The default decision: the rules' verdict on each candidate (the report filter, the status cues), unchanged. */
public final class RuleDecider implements Decider {
    @Override
    public Decided decide(Candidates candidates) {
        return Decided.byRules(candidates);
    }
}
