package org.marsad.core.assembly;

import java.util.List;
import org.marsad.core.decide.Decided;
import org.marsad.model.Event;

/** The last step of the chain: {@link Decided} → the article's events. Thread-safe. */
public interface EventAssembly {
    List<Event> assemble(Decided decided);
}
