package org.marsad.store.search;

import java.time.LocalDate;
import java.util.List;

/**
 * What the event index selects: null parts do not filter. {@code countries}: the event's country is any of these
 * codes (the store's query gives a country's ISO-2 and ISO-3 codes both); {@code actor}: a code prefix;
 * {@code text}: words of the event's sentence; {@code from} and {@code to}: the event's day, both included. The
 * store's {@code EventQuery} (checked there) makes one; this package needs nothing of the store.
 */
public record EventSelect(String type, String status, List<String> countries, String actor, LocalDate from,
                          LocalDate to, String text, int limit, int offset) {
    public EventSelect {
        countries = countries == null ? null : List.copyOf(countries);
    }
}
