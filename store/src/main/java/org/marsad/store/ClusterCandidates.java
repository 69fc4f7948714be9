package org.marsad.store;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.marsad.core.dedup.Areas;
import org.marsad.core.dedup.ClusterRule;
import org.marsad.model.Event;
import org.marsad.export.EventJsonReader;
import org.marsad.model.Location;
import org.marsad.store.search.EventIndex;
import org.marsad.store.search.EventPlace;

/**
 * The events clustering compares an event with: those of its type and status dated within {@link
 * ClusterRule#MAX_DAYS} of it, day by day, each day's new events of the batch first, then the committed ones in
 * the order of a full read of the day. With the event index, only the committed events whose place can be the
 * event's are read (one look-up for all the days, or {@link CommittedDays}: the days kept in memory across
 * batches); without it, every event of each day in the events table.
 */
final class ClusterCandidates {
    /**
     * The committed events of an event's type and status dated in a span of days, as records in index order: at
     * least every one {@link ClusterRule#linked} could link to it.
     */
    interface Committed {
        List<Event> events(Event e, LocalDate from, LocalDate to) throws SQLException;
    }

    /** Every event of a type, status and day in the events table (the store's transaction included). */
    interface TableDay {
        List<Event> on(Event e, LocalDate day) throws SQLException;
    }

    private final Committed committed;
    private final TableDay table;
    private final Map<String, List<Event>> fresh = new HashMap<>();
    private final Map<String, List<Event>> tableDays = new HashMap<>();
    /** The committed events read for a type, status, day and place: events of a batch often share all four. */
    private final Map<List<Object>, Map<Long, List<Event>>> near = new HashMap<>();

    /** Reads from {@code committed} plus the {@code batch}; when it is null, from {@code table}. */
    ClusterCandidates(Committed committed, TableDay table, Collection<Event> batch) {
        this.committed = committed;
        this.table = table;
        if (committed != null) {
            for (Event e : batch) {
                LocalDate day = Rows.day(e);
                if (day != null) {
                    fresh.computeIfAbsent(key(e, day), k -> new ArrayList<>()).add(e);
                }
            }
        }
    }

    /** The committed events in the event index whose place can be the event's ({@link org.marsad.store.search.ClusterReads#recordsNear}). */
    static Committed near(EventIndex index) {
        return (e, from, to) -> index.clusterReads().recordsNear(e.type().name(), e.status().json(), from, to,
                place(e), ClusterRule.MAX_KM).stream().map(EventJsonReader::read).toList();
    }

    /** The event's place as the event index keeps it for clustering's look-ups; null when it has none. */
    static EventPlace place(Event e) {
        Location l = e.location();
        return l == null ? null : new EventPlace(l.lat(), l.lon(), l.nameAr(), l.text(), Areas.province(l),
                Areas.within(l));
    }

    private static String key(Event e, LocalDate day) {
        return e.type().name() + "|" + e.status().json() + "|" + day;
    }

    /** The candidates of a linkable event dated {@code day} (epoch day), day by day. */
    List<Event> around(Event e, long day) throws SQLException {
        List<Event> out = new ArrayList<>();
        if (committed == null) {
            for (long d = day - ClusterRule.MAX_DAYS; d <= day + ClusterRule.MAX_DAYS; d++) {
                out.addAll(tableDay(e, LocalDate.ofEpochDay(d)));
            }
            return out;
        }
        List<Object> lookUp = java.util.Arrays.asList(e.type(), e.status(), day, place(e));
        Map<Long, List<Event>> byDay = near.get(lookUp);
        if (byDay == null) {
            byDay = new HashMap<>();
            for (Event c : committed.events(e, LocalDate.ofEpochDay(day - ClusterRule.MAX_DAYS),
                    LocalDate.ofEpochDay(day + ClusterRule.MAX_DAYS))) {
                OptionalLong d = ClusterRule.day(c);
                if (d.isPresent()) {
                    byDay.computeIfAbsent(d.getAsLong(), k -> new ArrayList<>()).add(c);
                }
            }
            near.put(lookUp, byDay);
        }
        for (long d = day - ClusterRule.MAX_DAYS; d <= day + ClusterRule.MAX_DAYS; d++) {
            out.addAll(fresh.getOrDefault(key(e, LocalDate.ofEpochDay(d)), List.of()));
            out.addAll(byDay.getOrDefault(d, List.of()));
        }
        return out;
    }

    private List<Event> tableDay(Event e, LocalDate day) throws SQLException {
        List<Event> known = tableDays.get(key(e, day));
        if (known == null) {
            known = table.on(e, day);
            tableDays.put(key(e, day), known);
        }
        return known;
    }
}
