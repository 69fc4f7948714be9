package org.marsad.core.assembly;

import java.util.List;
import org.marsad.core.decision.Decided;
import org.marsad.model.Event;

/** The last step of the sentence chain: {@link Decided} → the sentence's events. Thread-safe. */
public interface EventAssembly {
    List<Event> assemble(Decided decided);
}
