package org.marsad.store;

import java.time.LocalDate;

/**
 * A filter over stored events; null parts do not filter. {@code country} matches the actor's or the recipient's
 * country (ISO-3) or the place's (ISO-2); {@code actor} matches a code prefix; {@code text} selects the events
 * whose sentence holds all its words (spelling- and clitic-insensitive, as article search; "double quotes" for a
 * phrase), answered by the event index; only the Parquet export still takes it as a plain substring.
 */
public record EventQuery(String type, String status, String country, String actor, LocalDate from, LocalDate to,
                         String text, int limit, int offset) {
    public EventQuery {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("the date range ends before it starts");
        }
    }

    /** This query with its date range ending {@code days} days after {@code from}. */
    public EventQuery withWindow(int days) {
        return new EventQuery(type, status, country, actor, from, from == null ? null : from.plusDays(days), text,
                limit, offset);
    }

    public static EventQuery all() {
        return new EventQuery(null, null, null, null, null, null, null, Integer.MAX_VALUE, 0);
    }
}
