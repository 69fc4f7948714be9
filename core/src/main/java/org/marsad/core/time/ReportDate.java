package org.marsad.core.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.marsad.model.DatePrecision;
import org.marsad.model.Event;
import org.marsad.model.EventDate;

/**
 * Every event has a date: one whose text gives none is dated by its report. Its value is the publication day,
 * an upper bound, with precision {@link DatePrecision#REPORTED} and no text or span (docs/event-record.md). Applied
 * last, after an article's reports of one happening are merged, so that a dated mention always wins.
 */
public final class ReportDate {
    private ReportDate() {
    }

    /** The events, those without a date value dated by {@code published}; unchanged when it is null. */
    public static List<Event> fill(List<Event> events, LocalDate published) {
        if (published == null) {
            return events;
        }
        List<Event> out = null;
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            if (e.date() == null || e.date().value() == null) {
                if (out == null) {
                    out = new ArrayList<>(events);
                }
                out.set(i, e.merged(e.actor(), e.recipient(),
                        new EventDate(published.toString(), DatePrecision.REPORTED, null, null, null),
                        e.location(), e.size(), e.mentions()));
            }
        }
        return out == null ? events : out;
    }
}
