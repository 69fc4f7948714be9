package org.marsad.spark;

import org.marsad.model.Event;

/** The month partition of an event: that of its date, else of its page's publication, else {@value #UNKNOWN}. */
final class Months {
    static final String UNKNOWN = "unknown";

    private Months() {
    }

    static String of(Event e) {
        return org.marsad.export.EventTable.month(e);
    }

    static String ofPublished(String isoDate) {
        return isoDate != null && isoDate.length() >= 7 ? isoDate.substring(0, 7) : UNKNOWN;
    }
}
