package org.marsad.eval.articles;

import java.util.List;
import org.marsad.model.Event;

/**
 * The outcome of pairing one article's system events with its gold events: matched pairs, system events left
 * over (false positives) and gold events left over (false negatives unless optional).
 */
public record Pairing(List<Judgement> pairs, List<Event> unpairedSystem, List<GoldEvent> unpairedGold) {
    public Pairing {
        pairs = List.copyOf(pairs);
        unpairedSystem = List.copyOf(unpairedSystem);
        unpairedGold = List.copyOf(unpairedGold);
    }

    /** Matched pairs whose gold event is required. */
    public int tp() {
        return (int) pairs.stream().filter(j -> !j.gold().optional()).count();
    }

    /** Matched pairs whose gold event is optional: neither a true nor a false positive. */
    public int optionalMatched() {
        return pairs.size() - tp();
    }

    public int fp() {
        return unpairedSystem.size();
    }

    public int fn() {
        return (int) unpairedGold.stream().filter(g -> !g.optional()).count();
    }
}
