package org.marsad.core.dedup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.marsad.model.Entity;
import org.marsad.model.Event;
import org.marsad.model.EventDate;
import org.marsad.model.Location;
import org.marsad.model.Size;

/**
 * The merged fields of one cluster: the most precise date and place (ties: the one most reports give, then the
 * earliest report), the actor and recipient most reports code (ties: the more specific code), and for each count
 * the latest credible value (from the last published report that gives one; ties: the highest) with the reports
 * that gave it: a running toll is updated, and an older page's lower figure does not win. A count is not credible
 * when three or more reports give one and it is over {@value #OUTLIER_FACTOR} times their median (a typo or a
 * cumulative toll).
 */
final class ClusterMerge {
    static final int OUTLIER_FACTOR = 5;

    private ClusterMerge() {
    }

    /** One cluster from its reports (at least one), each page its own source. */
    static EventCluster merge(List<Event> group) {
        return merge(group, ClusterMerge::page);
    }

    /** A report's page: its document id (its own id when it has none). */
    static String page(Event e) {
        return e.docId() == null ? "id:" + e.id() : e.docId();
    }

    /** One cluster from its reports (at least one), counting the sources {@code sourceOf} gives. */
    static EventCluster merge(List<Event> group, Function<Event, String> sourceOf) {
        List<Event> reports = new ArrayList<>(group);
        reports.sort(Comparator.comparing(Event::id));
        Event first = reports.get(0);
        Event dated = best(reports, e -> e.date().value() == null ? null : e.date().precision().ordinal() + "",
                e -> e.date().value(), Comparator.naturalOrder());
        Event placed = best(reports, ClusterMerge::placeRank, ClusterMerge::placeName, Comparator.naturalOrder());
        Set<String> docs = new HashSet<>();
        List<String> published = new ArrayList<>();
        for (Event e : reports) {
            docs.add(e.docId());
            if (e.source() != null && e.source().published() != null) {
                published.add(e.source().published());
            }
        }
        published.sort(null);
        return new EventCluster(EventCluster.idFor(first.id()), first.type(), first.status(),
                dated == null ? EventDate.UNKNOWN : dated.date(), dated == null ? null : dated.id(),
                placed == null ? null : placed.location(), placed == null ? null : placed.id(),
                entity(reports, Event::actor), entity(reports, Event::recipient), counts(reports),
                reports.stream().map(Event::id).toList(), docs.size(),
                published.isEmpty() ? null : published.get(0),
                published.isEmpty() ? null : published.get(published.size() - 1), outlets(reports),
                mergedOn(reports), (int) reports.stream().map(sourceOf).distinct().count());
    }

    /** The outlets of the reports' pages, sorted. */
    private static List<String> outlets(List<Event> reports) {
        java.util.TreeSet<String> out = new java.util.TreeSet<>();
        for (Event e : reports) {
            if (e.source() != null && e.source().outlet() != null) {
                out.add(e.source().outlet());
            }
        }
        return List.copyOf(out);
    }

    /** The keys two or more reports give (the rule found them compatible); empty for one report. */
    static List<String> mergedOn(List<Event> reports) {
        if (reports.size() < 2) {
            return List.of();
        }
        List<String> out = new ArrayList<>(List.of("type", "status"));
        addIfShared(out, "date", reports, e -> e.date().value() != null);
        addIfShared(out, "place", reports, e -> e.location() != null);
        addIfShared(out, "actor", reports, e -> e.actor() != null && e.actor().code() != null);
        addIfShared(out, "recipient", reports, e -> e.recipient() != null && e.recipient().code() != null);
        addIfShared(out, "dead", reports, e -> e.size().dead() != null);
        return out;
    }

    private static void addIfShared(List<String> out, String key, List<Event> reports,
                                    java.util.function.Predicate<Event> gives) {
        if (reports.stream().filter(gives).count() >= 2) {
            out.add(key);
        }
    }

    /**
     * The report with the smallest rank (null rank: not a candidate); among equal ranks, the value most reports
     * give, then the smallest value, then the smallest id (reports come sorted by id).
     */
    private static Event best(List<Event> reports, Function<Event, String> rank, Function<Event, String> value,
                              Comparator<String> order) {
        Map<String, Integer> votes = new HashMap<>();
        for (Event e : reports) {
            if (rank.apply(e) != null) {
                votes.merge(value.apply(e), 1, Integer::sum);
            }
        }
        Event best = null;
        for (Event e : reports) {
            if (rank.apply(e) != null && (best == null || better(e, best, rank, value, votes, order))) {
                best = e;
            }
        }
        return best;
    }

    private static boolean better(Event e, Event than, Function<Event, String> rank, Function<Event, String> value,
                                  Map<String, Integer> votes, Comparator<String> order) {
        int byRank = rank.apply(e).compareTo(rank.apply(than));
        if (byRank != 0) {
            return byRank < 0;
        }
        int byVotes = Integer.compare(votes.get(value.apply(e)), votes.get(value.apply(than)));
        if (byVotes != 0) {
            return byVotes > 0;
        }
        return order.compare(value.apply(e), value.apply(than)) < 0;
    }

    /** Resolved places before unresolved ones, then by ACLED precision (1 the town itself). */
    private static String placeRank(Event e) {
        Location l = e.location();
        if (l == null) {
            return null;
        }
        int resolved = l.lat() == null ? 1 : 0;
        return resolved + ":" + (l.precision() == null ? 9 : l.precision().code());
    }

    private static String placeName(Event e) {
        Location l = e.location();
        return String.valueOf(l.nameAr() != null ? l.nameAr() : l.text());
    }

    /** The code most reports give (ties: the longer code, then the smaller); its entity from the first report. */
    private static Entity entity(List<Event> reports, Function<Event, Entity> field) {
        Map<String, Integer> votes = new HashMap<>();
        Map<String, Entity> firstWith = new HashMap<>();
        for (Event e : reports) {
            Entity x = field.apply(e);
            if (x != null && x.code() != null) {
                votes.merge(x.code(), 1, Integer::sum);
                firstWith.putIfAbsent(x.code(), x);
            }
        }
        return votes.keySet().stream()
                .min(Comparator.comparing((String c) -> -votes.get(c)).thenComparing(c -> -c.length())
                        .thenComparing(Comparator.naturalOrder()))
                .map(firstWith::get).orElse(null);
    }

    private static List<EventCluster.CountClaim> counts(List<Event> reports) {
        List<EventCluster.CountClaim> out = new ArrayList<>();
        addCount(out, "dead", reports, Size::dead);
        addCount(out, "injured", reports, Size::injured);
        addCount(out, "arrested", reports, Size::arrested);
        addCount(out, "displaced", reports, Size::displaced);
        return out;
    }

    /** When the report's page was published (ISO text sorts in time); the empty string when unknown. */
    private static String published(Event e) {
        return e.source() == null || e.source().published() == null ? "" : e.source().published();
    }

    private static void addCount(List<EventCluster.CountClaim> out, String field, List<Event> reports,
                                 Function<Size, Integer> count) {
        List<Integer> values = new ArrayList<>();
        for (Event e : reports) {
            Integer v = count.apply(e.size());
            if (v != null) {
                values.add(v);
            }
        }
        if (values.isEmpty()) {
            return;
        }
        values.sort(null);
        long median = values.get((values.size() - 1) / 2);
        int best = Integer.MIN_VALUE;
        String latest = null;
        for (Event e : reports) {
            Integer v = count.apply(e.size());
            if (v == null || values.size() >= 3 && v > OUTLIER_FACTOR * Math.max(1, median)) {
                continue;
            }
            String when = published(e);
            int byTime = latest == null ? 1 : when.compareTo(latest);
            if (byTime > 0 || byTime == 0 && v > best) {
                best = v;
                latest = when;
            }
        }
        List<String> gave = new ArrayList<>();
        boolean approximate = false;
        for (Event e : reports) {
            Integer v = count.apply(e.size());
            if (v != null && v == best) {
                gave.add(e.id());
                approximate |= e.size().approximate();
            }
        }
        out.add(new EventCluster.CountClaim(field, best, approximate, gave));
    }
}
