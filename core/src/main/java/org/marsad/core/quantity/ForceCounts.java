package org.marsad.core.quantity;

import java.util.ArrayList;
import java.util.List;
import org.marsad.model.Event;
import org.marsad.model.EventType;
import org.marsad.model.Size;

/**
 * Counts of people killed, hurt, arrested or displaced belong to acts of force (ASSAULT, COERCE): "عقد مجلس الأمن
 * اجتماعا بعد مقتل العشرات" and "دانت الوزارة القصف الذي أوقع عشرة قتلى" count the victims of the strike, not of the
 * meeting or the condemnation; the strike's own event carries them. A candidate carries its sentence's counts (the
 * event decider reads them); an event of another type leaves them when the article's events are put together.
 * Stateless.
 */
public final class ForceCounts {
    private ForceCounts() {
    }

    /** Whether an event of this type keeps the counts its sentence gives. */
    public static boolean counted(EventType type) {
        return type == EventType.ASSAULT || type == EventType.COERCE;
    }

    /** The events, those of other types than acts of force without counts. */
    public static List<Event> only(List<Event> events) {
        List<Event> out = null;
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            if (!counted(e.type()) && e.size() != null && !Size.NONE.equals(e.size())) {
                if (out == null) {
                    out = new ArrayList<>(events);
                }
                out.set(i, e.merged(e.actor(), e.recipient(), e.date(), e.location(), Size.NONE, e.mentions()));
            }
        }
        return out == null ? events : out;
    }
}
