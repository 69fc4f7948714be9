package org.marsad.core.event;

import java.util.List;
import org.marsad.model.EventType;
import org.marsad.model.Mode;

/** One row of the trigger lexicon: the event it codes and how. {@code name} is the rule id, e.g. "ASSAULT/قصف#1". */
public record TriggerRule(String name, EventType type, String cameo, Mode mode, List<String> contexts,
                          TriggerForm form) {
    public TriggerRule {
        contexts = List.copyOf(contexts);
    }

    /** The same rule read as another form (a verb written with the article is a noun: "القصف"). */
    TriggerRule as(TriggerForm f) {
        return f == form ? this : new TriggerRule(name, type, cameo, mode, contexts, f);
    }
}
