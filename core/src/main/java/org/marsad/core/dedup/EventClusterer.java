package org.marsad.core.dedup;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.marsad.model.Event;

/**
 * Cross-article merging: reports in, one {@link EventCluster} per happening out. Three steps, each a function
 * of its input set alone, so that any partitioning that keeps the steps gives the same clusters:
 * <ol>
 *   <li>{@link #links}: the pairs {@link ClusterRule#linked linked}, found per {@link ClusterKeys} bucket;</li>
 *   <li>the connected components of those links (union-find);</li>
 *   <li>{@link #clusterComponent}: inside a component, reports in (day, id) order join the first cluster all of
 *       whose reports they are linked to (complete linkage, so that a daily protest in one city does not chain
 *       into one month-long cluster), and each cluster's fields are merged by {@link ClusterMerge}.</li>
 * </ol>
 * The store runs all three in memory; the Spark job shuffles by bucket for step 1 and by component for step 3.
 */
public final class EventClusterer {

    /** All reports clustered; reports repeated by id are taken once. Clusters sorted by id. */
    public List<EventCluster> cluster(Collection<Event> reports) {
        Map<String, Event> byId = unique(reports);
        UnionFind components = new UnionFind();
        for (String[] link : links(buckets(byId.values()))) {
            components.union(link[0], link[1]);
        }
        Map<String, List<Event>> grouped = new TreeMap<>();
        for (Event e : byId.values()) {
            grouped.computeIfAbsent(components.find(e.id()), k -> new ArrayList<>()).add(e);
        }
        List<EventCluster> out = new ArrayList<>();
        for (List<Event> component : grouped.values()) {
            out.addAll(clusterComponent(component));
        }
        out.sort(Comparator.comparing(EventCluster::id));
        return out;
    }

    /** The reports of each bucket: those living there first, then the visitors (a report may be both). */
    static Map<String, Bucket> buckets(Collection<Event> reports) {
        Map<String, Bucket> out = new HashMap<>();
        for (Event e : reports) {
            for (String k : ClusterKeys.home(e)) {
                out.computeIfAbsent(k, x -> new Bucket()).home.add(e);
            }
            for (String k : ClusterKeys.visits(e)) {
                out.computeIfAbsent(k, x -> new Bucket()).visitors.add(e);
            }
        }
        return out;
    }

    private static List<String[]> links(Map<String, Bucket> buckets) {
        List<String[]> out = new ArrayList<>();
        for (Bucket b : buckets.values()) {
            out.addAll(links(b.home, b.visitors));
        }
        return out;
    }

    /**
     * The linked pairs (smaller id first) between the reports living in one bucket and those visiting it.
     * A pair may be found in more than one bucket; callers take the union.
     */
    public static List<String[]> links(List<Event> home, List<Event> visitors) {
        List<String[]> out = new ArrayList<>();
        for (Event h : home) {
            for (Event v : visitors) {
                if (!h.id().equals(v.id()) && ClusterRule.linked(h, v)) {
                    out.add(h.id().compareTo(v.id()) < 0 ? new String[] {h.id(), v.id()} : new String[] {v.id(), h.id()});
                }
            }
        }
        return out;
    }

    /**
     * The clusters of one connected component (or of any set of reports), sorted by id. A cluster whose first
     * report is more than {@value ClusterRule#MAX_DAYS} day older than the report at hand can take no more reports
     * (all its reports must be linked to the newcomer), so only the open ones are tried: linear in the reports
     * for a component that chains day after day.
     */
    public List<EventCluster> clusterComponent(Collection<Event> component) {
        List<Event> ordered = new ArrayList<>(unique(component).values());
        ordered.sort(ORDER);
        List<List<Event>> groups = new ArrayList<>();
        List<List<Event>> open = new ArrayList<>();
        for (Event e : ordered) {
            long day = ClusterRule.day(e).orElse(Long.MAX_VALUE);
            open.removeIf(g -> ClusterRule.day(g.get(0)).orElse(Long.MAX_VALUE) < day - ClusterRule.MAX_DAYS);
            List<Event> into = null;
            for (List<Event> g : open) {
                if (g.stream().allMatch(m -> ClusterRule.linked(m, e))) {
                    into = g;
                    break;
                }
            }
            if (into == null) {
                into = new ArrayList<>();
                groups.add(into);
                open.add(into);
            }
            into.add(e);
        }
        List<EventCluster> out = new ArrayList<>();
        for (List<Event> g : groups) {
            out.add(ClusterMerge.merge(g));
        }
        out.sort(Comparator.comparing(EventCluster::id));
        return out;
    }

    /** Day-precise dates first by day, then the rest; ties by id. */
    static final Comparator<Event> ORDER = Comparator
            .comparingLong((Event e) -> ClusterRule.day(e).orElse(Long.MAX_VALUE))
            .thenComparing(Event::id);

    private static Map<String, Event> unique(Collection<Event> reports) {
        Map<String, Event> out = new LinkedHashMap<>();
        for (Event e : reports) {
            if (e == null || e.id() == null) {
                throw new IllegalArgumentException("every report needs an id");
            }
            out.putIfAbsent(e.id(), e);
        }
        return out;
    }

    /** The reports living in a bucket and those visiting it. */
    static final class Bucket {
        final List<Event> home = new ArrayList<>();
        final List<Event> visitors = new ArrayList<>();
    }

    /** Union-find over report ids; the root of a set is its smallest id, so components are named stably. */
    public static final class UnionFind {
        private final Map<String, String> parent = new HashMap<>();

        /** The smallest id of the set holding {@code x} ({@code x} itself when it was never linked). */
        public String find(String x) {
            String root = x;
            for (String p = parent.get(root); p != null; p = parent.get(root)) {
                root = p;
            }
            String at = x;
            while (!at.equals(root)) {
                String next = parent.get(at);
                parent.put(at, root);
                at = next;
            }
            return root;
        }

        public void union(String a, String b) {
            String ra = find(a);
            String rb = find(b);
            if (ra.equals(rb)) {
                return;
            }
            if (ra.compareTo(rb) < 0) {
                parent.put(rb, ra);
            } else {
                parent.put(ra, rb);
            }
        }

        /** Every id ever linked, with the root of its set. */
        public Map<String, String> roots() {
            Map<String, String> out = new HashMap<>();
            for (String id : new ArrayList<>(parent.keySet())) {
                out.put(id, find(id));
            }
            for (String root : new ArrayList<>(out.values())) {
                out.put(root, root);
            }
            return out;
        }
    }
}
