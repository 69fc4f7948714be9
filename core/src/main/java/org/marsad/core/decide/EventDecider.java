package org.marsad.core.decide;

import java.util.List;
import org.marsad.core.proposal.Candidates;
import org.marsad.model.Event;

/**
 * Decides which of an article's candidate events (what the rules propose, in sentence order) are reported
 * events. {@link #RULES} keeps the rules' own decision; {@link TrainedDecider} asks a trained model. The decision
 * step of the pipeline's chain (docs/architecture.md): it is given {@link Candidates}, where each candidate event
 * comes with its sentence (tokens, triggers, dates, counts, actors, places) and its position in the article; a
 * decider that needs more than the events and the text overrides {@link #decide(Candidates)}.
 */
@FunctionalInterface
public interface EventDecider {
    /** The rules' decision: every candidate they proposed. */
    EventDecider RULES = (candidates, text) -> candidates;

    /** The candidates kept, in order; {@code text} is the page text their offsets point into. */
    List<Event> decide(List<Event> candidates, String text);

    /** The chain's call: the candidates of one article with their sentences, and those kept. */
    default Decided decide(Candidates candidates) {
        return new Decided(candidates, decide(candidates.events(), candidates.text()));
    }
}
