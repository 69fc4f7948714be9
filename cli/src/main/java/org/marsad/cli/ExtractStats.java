package org.marsad.cli;

import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.marsad.model.DatePrecision;
import org.marsad.model.Event;
import org.marsad.model.EventType;

/**
 * What {@code extract --stats} prints when it is done: how many events, how many have a date value, the share of
 * each date precision ({@code reported}: dated by the report, docs/event-record.md) and of each type.
 */
final class ExtractStats {
    private final Map<DatePrecision, Long> precisions = new EnumMap<>(DatePrecision.class);
    private final Map<EventType, Long> types = new EnumMap<>(EventType.class);
    private long events;
    private long withoutValue;

    synchronized void add(Event e) {
        events++;
        if (e.date().value() == null) {
            withoutValue++;
        }
        precisions.merge(e.date().precision(), 1L, Long::sum);
        types.merge(e.type(), 1L, Long::sum);
    }

    long events() {
        return events;
    }

    long withoutDateValue() {
        return withoutValue;
    }

    long precision(DatePrecision p) {
        return precisions.getOrDefault(p, 0L);
    }

    void print(PrintWriter out) {
        out.printf(Locale.ROOT, "marsad extract: %d events, %d without a date value%n", events, withoutValue);
        out.print("  date precision:");
        precisions.forEach((p, n) -> out.printf(Locale.ROOT, " %s %d (%.1f%%)", p.json(), n, share(n)));
        out.println();
        out.print("  type:");
        types.forEach((t, n) -> out.printf(Locale.ROOT, " %s %d (%.1f%%)", t.name(), n, share(n)));
        out.println();
        out.flush();
    }

    private double share(long n) {
        return events == 0 ? 0 : 100.0 * n / events;
    }
}
