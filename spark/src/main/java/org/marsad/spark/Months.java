package org.marsad.spark;

import org.marsad.model.Event;

/** The month partition of an event: that of its date, else of its page's publication, else {@value #UNKNOWN}. */
final class Months {
    static final String UNKNOWN = "unknown";

    private Months() {
    }

    static String of(Event e) {
        String date = e.date().value();
        if (date != null && date.length() >= 7) {
            return date.substring(0, 7);
        }
        return ofPublished(e.source() == null ? null : e.source().published());
    }

    static String ofPublished(String isoDate) {
        return isoDate != null && isoDate.length() >= 7 ? isoDate.substring(0, 7) : UNKNOWN;
    }
}
