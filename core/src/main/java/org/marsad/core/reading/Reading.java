package org.marsad.core.reading;

import java.util.List;
import org.marsad.core.event.TriggerHit;
import org.marsad.core.quantity.CountMention;
import org.marsad.core.time.DateMention;

/**
 * A sentence as read before anything is named in it: its triggers, dates and counts. A sentence without a trigger
 * can yield no event, so its dates and counts are not looked for (empty). The lists are kept, not copied.
 */
public record Reading(SentenceAt at, List<TriggerHit> triggers, List<DateMention> dates, List<CountMention> counts) {
    /** Whether a trigger was found: only then can the sentence yield an event. */
    public boolean hasTrigger() {
        return !triggers.isEmpty();
    }
}
