package org.marsad.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.marsad.core.dedup.ClusterRule;
import org.marsad.export.EventJsonReader;
import org.marsad.model.Event;
import org.marsad.store.search.EventPlace;

/**
 * Clustering's look-ups kept across batches: the committed events of a type, status and day, read from the event
 * index once ({@code recordsOn}, in index order) and parsed once, then kept in memory with the events of every
 * later committed batch added ({@link #committed}). A look-up for an event offers, day by day, those of the kept
 * events that may be at its place ({@link EventPlace#mayBeNear}: the event index's place query, in memory), so
 * each batch no longer searches the index and parses the same records again for every new event. At most
 * {@code maxEvents} events are kept; the days used least recently are dropped first (and read again if asked).
 *
 * <p>What is kept must equal what is committed: days are read only from an index that holds every committed event,
 * and a batch's events are added only after its commit. The owner {@link #clear clears} it when the index may lack
 * events. In a store that held no event when opened ({@link #startEmpty}), every day is made from the committed
 * batches alone and none is read (unless dropped for room).
 */
final class CommittedDays implements ClusterCandidates.Committed {
    /** Events kept at most, unless {@code -Dmarsad.clusters.kept-events} says otherwise. */
    static final int MAX_EVENTS = Integer.getInteger("marsad.clusters.kept-events", 100_000);

    /** The committed events of a type and status on a day, as JSON records in index order. */
    interface Source {
        List<String> recordsOn(String type, String status, LocalDate day);
    }

    private record Key(String type, String status, long day) {
    }

    /** A kept event with its place as the index's place query reads it. */
    private record Kept(Event event, EventPlace place) {
        static Kept of(Event e) {
            return new Kept(e, ClusterCandidates.place(e));
        }
    }

    private final Source source;
    private final int maxEvents;
    private final LinkedHashMap<Key, List<Kept>> days = new LinkedHashMap<>(256, 0.75f, true);
    private int size;
    /**
     * Whether every committed event is in {@link #days}, but for the days in {@link #dropped}: true from
     * {@link #startEmpty} (a store with no event) until {@link #clear}. A day neither kept nor dropped then has no
     * committed event, and is not read.
     */
    private boolean complete;
    private final java.util.Set<Key> dropped = new java.util.HashSet<>();
    /** Days read from the source (for the tests). */
    int reads;

    CommittedDays(Source source, int maxEvents) {
        this.source = Objects.requireNonNull(source, "source");
        this.maxEvents = Math.max(1, maxEvents);
    }

    @Override
    public List<Event> events(Event e, LocalDate from, LocalDate to) {
        EventPlace near = ClusterCandidates.place(e);
        List<Event> out = new ArrayList<>();
        for (long d = from.toEpochDay(); d <= to.toEpochDay(); d++) {
            for (Kept k : day(new Key(e.type().name(), e.status().json(), d))) {
                if (near == null || near.mayBeNear(k.place(), ClusterRule.MAX_KM)) {
                    out.add(k.event());
                }
            }
        }
        return out;
    }

    /**
     * Says that nothing is committed yet (the store holds no event): from now on every committed event is given to
     * {@link #committed}, so a day never given one has none and is not read from the source.
     */
    void startEmpty() {
        if (!days.isEmpty()) {
            throw new IllegalStateException("days are kept already");
        }
        complete = true;
    }

    private List<Kept> day(Key key) {
        List<Kept> kept = days.get(key);
        if (kept == null && complete && !dropped.contains(key)) {
            kept = new ArrayList<>(); // no committed event on that day
            days.put(key, kept);
            return kept;
        }
        if (kept == null) {
            dropped.remove(key);
            reads++;
            kept = new ArrayList<>();
            for (String record : source.recordsOn(key.type(), key.status(), LocalDate.ofEpochDay(key.day()))) {
                kept.add(Kept.of(EventJsonReader.read(record)));
            }
            days.put(key, kept);
            size += kept.size();
            trim(key);
        }
        return kept;
    }

    /** Drops the least recently used days (never {@code keep}) while more than the maximum is kept. */
    private void trim(Key keep) {
        var it = days.entrySet().iterator();
        while (size > maxEvents && it.hasNext()) {
            Map.Entry<Key, List<Kept>> eldest = it.next();
            if (!eldest.getKey().equals(keep)) {
                size -= eldest.getValue().size();
                if (complete) {
                    dropped.add(eldest.getKey());
                }
                it.remove();
            }
        }
    }

    /** A batch's events, now committed: added to the days that are kept (the others are read when asked). */
    void committed(Collection<Event> events) {
        for (Event e : events) {
            LocalDate day = Rows.day(e);
            if (day == null) {
                continue;
            }
            Key key = new Key(e.type().name(), e.status().json(), day.toEpochDay());
            List<Kept> kept = days.get(key);
            if (kept == null && complete && !dropped.contains(key)) {
                kept = new ArrayList<>(); // the day's first event: what reading the day now would give
                days.put(key, kept);
            }
            if (kept != null) {
                kept.add(Kept.of(e));
                size++;
            }
        }
        trim(null);
    }

    /** Forgets every kept day (and that the store started empty: days are read from the source again). */
    void clear() {
        days.clear();
        dropped.clear();
        complete = false;
        size = 0;
    }

    /** Events kept now (for the tests). */
    int size() {
        return size;
    }
}
