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
 *   <li>{@link #clusterComponent}: inside a component, reports in (day, id) order join the largest cluster all of
 *       whose reports they are linked to (complete linkage, so that a daily protest in one city does not chain
 *       into one month-long cluster; the largest, first made on a tie, so that a follow-up joins the happening
 *       most outlets told rather than a side cluster of it), and each cluster's fields are merged by
 *       {@link ClusterMerge}.</li>
 * </ol>
 * The store runs all three in memory; the Spark job shuffles by bucket for step 1 and by component for step 3.
 * No step compares every pair: reports that {@link ClusterRule#linked} reads alike (one {@link LinkSignatures
 * signature}) are compared once per pair of signatures, so ten thousand reports of one day and place cost as many
 * comparisons as their distinct signatures, not 10^8 ({@link #comparisons}).
 */
public final class EventClusterer {
    private final java.util.concurrent.atomic.AtomicLong comparisons = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.function.Function<Event, String> sourceOf;

    /** Each page is its own source. */
    public EventClusterer() {
        this(ClusterMerge::page);
    }

    /**
     * @param sourceOf the source a report counts as (its page, or one page of a group of near-duplicate pages or
     *                 sentences, {@link NearDuplicates}); a cluster's {@code sources} counts them
     */
    public EventClusterer(java.util.function.Function<Event, String> sourceOf) {
        this.sourceOf = sourceOf;
    }

    /** How many times this clusterer asked {@link ClusterRule#linked} (a pair of signatures), in all its runs. */
    public long comparisons() {
        return comparisons.get();
    }

    /** All reports clustered; reports repeated by id are taken once. Clusters sorted by id. */
    public List<EventCluster> cluster(Collection<Event> reports) {
        Map<String, Event> byId = unique(reports);
        LinkSignatures signatures = new LinkSignatures();
        UnionFind components = new UnionFind();
        for (String[] link : links(buckets(byId.values()), signatures)) {
            components.union(link[0], link[1]);
        }
        Map<String, List<Event>> grouped = new TreeMap<>();
        for (Event e : byId.values()) {
            grouped.computeIfAbsent(components.find(e.id()), k -> new ArrayList<>()).add(e);
        }
        List<EventCluster> out = new ArrayList<>();
        for (List<Event> component : grouped.values()) {
            out.addAll(clusterComponent(component, signatures));
        }
        comparisons.addAndGet(signatures.comparisons());
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

    private static List<String[]> links(Map<String, Bucket> buckets, LinkSignatures signatures) {
        BucketLinks out = new BucketLinks(signatures);
        for (Bucket b : buckets.values()) {
            out.add(b.home, b.visitors);
        }
        return out.links();
    }

    /**
     * Linked pairs (smaller id first) between the reports living in one bucket and those visiting it: not every
     * linked pair, but enough that their union has the same connected components ({@link BucketLinks}). A pair
     * may be found in more than one bucket; callers take the union.
     */
    public static List<String[]> links(List<Event> home, List<Event> visitors) {
        BucketLinks out = new BucketLinks(new LinkSignatures());
        out.add(home, visitors);
        return out.links();
    }

    /**
     * The clusters of one connected component (or of any set of reports), sorted by id. A cluster whose first
     * report is more than {@value ClusterRule#MAX_DAYS} day older than the report at hand can take no more reports
     * (all its reports must be linked to the newcomer), and one whose first report shares no bucket with it cannot
     * either, so only the open ones of its buckets are tried: linear in the reports for a component that chains
     * day after day or spreads over the towns of a province.
     */
    public List<EventCluster> clusterComponent(Collection<Event> component) {
        LinkSignatures signatures = new LinkSignatures();
        List<EventCluster> out = clusterComponent(component, signatures);
        comparisons.addAndGet(signatures.comparisons());
        return out;
    }

    /**
     * As {@link #clusterComponent(Collection)}: a report is linked to every report of a group when its article is
     * none of theirs and its signature is linked to each of theirs, so a group is tested on its distinct
     * signatures, not on each report.
     */
    private List<EventCluster> clusterComponent(Collection<Event> component, LinkSignatures signatures) {
        List<Event> ordered = new ArrayList<>(unique(component).values());
        ordered.sort(ORDER);
        List<Group> groups = new ArrayList<>();
        Map<String, List<Integer>> livingAt = new HashMap<>();
        Map<String, List<Integer>> visiting = new HashMap<>();
        for (Event e : ordered) {
            long day = ClusterRule.day(e).orElse(Long.MAX_VALUE);
            int signature = signatures.of(e);
            Object article = LinkSignatures.article(e);
            Group into = null;
            for (int i : candidates(e, livingAt, visiting)) {
                Group g = groups.get(i);
                if (g.firstDay >= day - ClusterRule.MAX_DAYS && (into == null || g.reports.size() > into.reports.size())
                        && g.takes(signature, article, signatures)) {
                    into = g;
                }
            }
            if (into == null) {
                into = new Group(day);
                int index = groups.size();
                groups.add(into);
                ClusterKeys.home(e).forEach(k -> livingAt.computeIfAbsent(k, x -> new ArrayList<>()).add(index));
                ClusterKeys.visits(e).forEach(k -> visiting.computeIfAbsent(k, x -> new ArrayList<>()).add(index));
            }
            into.add(e, signature, article);
        }
        List<EventCluster> out = new ArrayList<>();
        for (Group g : groups) {
            out.add(ClusterMerge.merge(g.reports, sourceOf));
        }
        out.sort(Comparator.comparing(EventCluster::id));
        return out;
    }

    /**
     * The groups (by creation order) that may take the report: those whose first report shares a bucket with it
     * ({@link ClusterKeys}), the one living there and the other visiting. A group takes a report only when its first
     * report is linked to it, and every linked pair meets so, so no other group can: the largest group that takes it
     * (the first in creation order on a tie) is among these, and towns of one province (bridged into one component by a report placed
     * at the province) are not tried against each other's groups.
     */
    private static java.util.SortedSet<Integer> candidates(Event e, Map<String, List<Integer>> livingAt,
                                                           Map<String, List<Integer>> visiting) {
        java.util.SortedSet<Integer> out = new java.util.TreeSet<>();
        for (String k : ClusterKeys.visits(e)) {
            out.addAll(livingAt.getOrDefault(k, List.of()));
        }
        for (String k : ClusterKeys.home(e)) {
            out.addAll(visiting.getOrDefault(k, List.of()));
        }
        return out;
    }

    /** A cluster being built: its reports, their distinct signatures and articles. */
    private static final class Group {
        final long firstDay;
        final List<Event> reports = new ArrayList<>();
        final java.util.Set<Integer> signatures = new java.util.LinkedHashSet<>();
        final java.util.Set<Object> articles = new java.util.HashSet<>();

        Group(long firstDay) {
            this.firstDay = firstDay;
        }

        /** Whether a report of this signature and article is linked to every report of the group. */
        boolean takes(int signature, Object article, LinkSignatures linked) {
            if (articles.contains(article)) {
                return false;
            }
            for (int s : signatures) {
                if (!linked.linked(s, signature)) {
                    return false;
                }
            }
            return true;
        }

        void add(Event e, int signature, Object article) {
            add(e, Key.of(e), signature, article);
        }

        void add(Event e, Key k, int signature, Object article) {
            reports.add(e);
            keys.add(k);
            signatures.add(signature);
            articles.add(article);
            if (last == null || k.compareTo(last) > 0) {
                last = k;
            }
        }

        /** Each report's key, as {@link #reports} (made once, not at each look). */
        private final List<Key> keys = new ArrayList<>();

        /** The latest report's key. */
        private Key last;

        /** How many of its reports come before {@code at} (all of them in {@link #clusterComponent}). */
        int sizeBefore(Key at) {
            if (last.compareTo(at) < 0) {
                return reports.size();
            }
            int n = 0;
            for (Key k : keys) {
                if (k.compareTo(at) < 0) {
                    n++;
                }
            }
            return n;
        }

        /**
         * As {@link #takes}, counting only the reports before {@code at} (a kept group may hold later reports,
         * which were not there at the report's time).
         */
        boolean takesBefore(Key at, Event e, int signature, Object article, LinkSignatures linked) {
            if (last.compareTo(at) < 0) {
                return takes(signature, article, linked);
            }
            for (int i = 0; i < reports.size(); i++) {
                Event m = reports.get(i);
                if (keys.get(i).compareTo(at) < 0 && (LinkSignatures.article(m).equals(article)
                        || !linked.linked(linked.of(m), signature))) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * The clusters after some reports are placed again: {@code kept} are groups of reports whose places stand (each
     * made of one old cluster's reports that are not placed again), {@code replay} the reports to place, new or
     * moved. The reports of {@code replay} are taken in (day, id) order, as {@link #clusterComponent} takes them,
     * and each joins the group open at its time (created by an earlier report, at most {@value
     * ClusterRule#MAX_DAYS} days before it) with the most earlier reports, all of which it is linked to (the first
     * created on a tie). When {@code replay} holds
     * every report whose place can change (the store's region, see {@code ClusterStore}), the result is that of
     * clustering all reports at once. Returns every group's cluster, kept or new, sorted by id.
     */
    public List<EventCluster> recluster(List<List<Event>> kept, Collection<Event> replay) {
        LinkSignatures signatures = new LinkSignatures();
        // the open groups by the type and status of their first report: a group takes a report only when its
        // first report is linked to it, which needs both alike (ClusterRule.linked), so only that class is tried
        Map<Object, java.util.TreeMap<Key, Group>> open = new HashMap<>();
        List<Group> all = new ArrayList<>();
        for (List<Event> k : kept) {
            if (k.isEmpty()) {
                continue;
            }
            Keyed sorted = Keyed.sorted(unique(k).values());
            Group g = new Group(sorted.keys[0].day);
            for (int i = 0; i < sorted.events.length; i++) {
                Event e = sorted.events[i];
                g.add(e, sorted.keys[i], signatures.of(e), LinkSignatures.article(e));
            }
            open.computeIfAbsent(linkClass(sorted.events[0]), x -> new java.util.TreeMap<>()).put(sorted.keys[0], g);
            all.add(g);
        }
        Keyed ordered = Keyed.sorted(unique(replay).values());
        for (int n = 0; n < ordered.events.length; n++) {
            Event e = ordered.events[n];
            Key at = ordered.keys[n];
            int signature = signatures.of(e);
            Object article = LinkSignatures.article(e);
            Group into = null;
            java.util.TreeMap<Key, Group> alike = open.computeIfAbsent(linkClass(e), x -> new java.util.TreeMap<>());
            if (at.day != Long.MAX_VALUE && e.location() != null) { // no place: linked to no report
                int best = 0;
                for (Group g : alike.subMap(new Key(at.day - ClusterRule.MAX_DAYS, ""), true, at, false).values()) {
                    int size = g.sizeBefore(at);
                    if (size > best && g.takesBefore(at, e, signature, article, signatures)) {
                        into = g;
                        best = size;
                    }
                }
            }
            if (into == null) {
                into = new Group(at.day);
                alike.put(at, into);
                all.add(into);
            }
            into.add(e, at, signature, article);
        }
        comparisons.addAndGet(signatures.comparisons());
        List<EventCluster> out = new ArrayList<>();
        for (Group g : all) {
            out.add(ClusterMerge.merge(java.util.Arrays.asList(Keyed.sorted(g.reports, g.keys).events), sourceOf));
        }
        out.sort(Comparator.comparing(EventCluster::id));
        return out;
    }

    /** What two reports must share to be {@link ClusterRule#linked} at all: their type and status. */
    private static Object linkClass(Event e) {
        return java.util.Arrays.asList(e.type(), e.status()); // either may be null
    }

    /** A report's place in the order of {@link #ORDER}: day (undated last), then id. */
    private record Key(long day, String id) implements Comparable<Key> {
        static Key of(Event e) {
            return new Key(ClusterRule.day(e).orElse(Long.MAX_VALUE), e.id());
        }

        @Override
        public int compareTo(Key o) {
            int c = Long.compare(day, o.day);
            return c != 0 ? c : id.compareTo(o.id);
        }
    }

    /**
     * Events with their keys, sorted in {@link #ORDER} (each key made once, not at every comparison; a stable sort,
     * as {@link List#sort} is).
     */
    private static final class Keyed {
        final Event[] events;
        final Key[] keys;

        private Keyed(Event[] events, Key[] keys) {
            this.events = events;
            this.keys = keys;
        }

        static Keyed sorted(Collection<Event> events) {
            List<Key> keys = new ArrayList<>(events.size());
            events.forEach(e -> keys.add(Key.of(e)));
            return sorted(new ArrayList<>(events), keys);
        }

        static Keyed sorted(List<Event> events, List<Key> keys) {
            Integer[] order = new Integer[events.size()];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            java.util.Arrays.sort(order, (a, b) -> keys.get(a).compareTo(keys.get(b)));
            Event[] e = new Event[order.length];
            Key[] k = new Key[order.length];
            for (int i = 0; i < order.length; i++) {
                e[i] = events.get(order[i]);
                k[i] = keys.get(order[i]);
            }
            return new Keyed(e, k);
        }
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
