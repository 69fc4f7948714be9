package org.marsad.core.decide;

import java.util.List;
import org.marsad.core.proposal.Candidates;
import org.marsad.model.Event;

/** An article's candidates and the events a decider kept of them, in order. */
public record Decided(Candidates candidates, List<Event> events) {
}
