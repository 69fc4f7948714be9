package org.marsad.core.assembly;

import java.util.List;
import org.marsad.core.decision.Decided;
import org.marsad.core.event.EventCoder;
import org.marsad.core.event.SentenceContext;
import org.marsad.core.naming.Named;
import org.marsad.core.reading.Reading;
import org.marsad.core.reading.SentenceAt;
import org.marsad.model.Event;

/**
 * Each candidate decided to report an event, with its roles among the sentence's actors and places, assembled
 * into an event record with its date, counts and place; events of one type merge in the sentence
 * ({@link EventCoder#code(SentenceContext, org.marsad.core.event.SentenceReading)}). A sentence that reports
 * nothing asks for no names.
 */
public final class RuleAssembly implements EventAssembly {
    private final EventCoder coder;

    public RuleAssembly(EventCoder coder) {
        this.coder = coder;
    }

    @Override
    public List<Event> assemble(Decided decided) {
        if (!decided.reportsAny()) {
            return List.of();
        }
        Named named = decided.candidates().named();
        Reading r = named.reading();
        SentenceAt at = r.at();
        SentenceContext ctx = new SentenceContext(at.page(), at.article(), at.published(), at.sentence(),
                named.actors(), r.dates(), r.counts(), named.places());
        return coder.code(ctx, decided.reading());
    }
}
