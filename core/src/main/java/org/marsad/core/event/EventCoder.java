package org.marsad.core.event;

import java.util.List;
import org.marsad.model.Event;

/** Codes the events of one sentence. FIRST VERSION: codes nothing; the trigger lexicon comes next. */
public final class EventCoder {

    public List<Event> code(SentenceContext ctx) {
        return List.of();
    }
}
