package org.marsad.model;

import java.util.Locale;

/** Whether the event happened, goes on, is planned, threatened, denied or only supposed. */
public enum EventStatus {
    OCCURRED, ONGOING, PLANNED, THREATENED, NEGATED, HYPOTHETICAL;

    /** The name used in JSON. */
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EventStatus fromJson(String s) {
        return valueOf(s.toUpperCase(Locale.ROOT));
    }

    /** Counts as a reported event in evaluation (not negated, not hypothetical). */
    public boolean asserted() {
        return this != NEGATED && this != HYPOTHETICAL;
    }
}
