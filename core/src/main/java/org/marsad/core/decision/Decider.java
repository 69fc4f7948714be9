package org.marsad.core.decision;

import org.marsad.core.proposal.Candidates;

/**
 * The fourth step of the chain: {@link Candidates} → {@link Decided}, which of the triggers a sentence holds report
 * an event, and with what status. The place for a trained classifier (issue 21): it sees each candidate's hit (rule,
 * type, form, token range), status and the rules' verdict, and through {@link Candidates} the sentence's tokens,
 * dates, counts, actors and places (read on demand: asking for them costs the naming work) and its position (page,
 * article, index). The event record is built only afterwards, for the candidates decided to report. Thread-safe.
 */
public interface Decider {
    Decided decide(Candidates candidates);
}
