package org.marsad.core.decide;

import java.util.List;
import org.marsad.model.Event;

/**
 * Decides which of an article's candidate events (what the rules propose, in sentence order) are reported
 * events. {@link #RULES} keeps the rules' own decision; {@link TrainedDecider} asks a trained model.
 */
@FunctionalInterface
public interface EventDecider {
    /** The rules' decision: every candidate they proposed. */
    EventDecider RULES = (candidates, text) -> candidates;

    /** The candidates kept, in order; {@code text} is the page text their offsets point into. */
    List<Event> decide(List<Event> candidates, String text);
}
