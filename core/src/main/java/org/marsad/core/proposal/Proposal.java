package org.marsad.core.proposal;

import java.util.List;
import org.marsad.model.Event;

/**
 * What one sentence gives: its candidate events, and its references, the happenings it tells of without reporting
 * them, dated to a day ({@link Candidates#references()}). References are no candidates: no decider sees them.
 */
public record Proposal(List<Candidate> candidates, List<Event> references) {
    public static final Proposal NONE = new Proposal(List.of(), List.of());

    public Proposal {
        candidates = List.copyOf(candidates);
        references = List.copyOf(references);
    }
}
