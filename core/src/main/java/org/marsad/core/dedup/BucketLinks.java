package org.marsad.core.dedup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.model.Event;

/**
 * The links of one bucket that connect what {@link ClusterRule#linked} connects, without comparing every pair.
 * Reports are grouped by signature ({@link LinkSignatures}) and each pair of signatures is compared once. Between
 * two linked signatures every pair of reports is linked except those from one article, so the graph is complete
 * bipartite (or, for one signature with itself, complete multipartite) over the reports grouped by article, less
 * the pairs within one article; its connected components are known from the article groups alone, and a few links
 * per report (all real links) join each component. The union of the links given therefore has the same connected
 * components as the union of all linked pairs.
 */
final class BucketLinks {
    private final LinkSignatures signatures;
    private final List<String[]> out = new ArrayList<>();

    BucketLinks(LinkSignatures signatures) {
        this.signatures = signatures;
    }

    /** Adds the links between the reports living in a bucket and those visiting it. */
    void add(List<Event> home, List<Event> visitors) {
        Map<Integer, List<Event>> h = bySignature(home);
        Map<Integer, List<Event>> v = bySignature(visitors);
        for (Map.Entry<Integer, List<Event>> a : h.entrySet()) {
            for (Map.Entry<Integer, List<Event>> b : v.entrySet()) {
                if (!signatures.linked(a.getKey(), b.getKey())) {
                    continue;
                }
                if (a.getKey().equals(b.getKey())) {
                    within(byArticle(a.getValue()));
                } else {
                    between(byArticle(a.getValue()), byArticle(b.getValue()));
                }
            }
        }
    }

    /** The links added so far (smaller id first). */
    List<String[]> links() {
        return out;
    }

    /** One signature with itself: every report linked to every report of another article. */
    private void within(List<List<Event>> groups) {
        if (groups.size() < 2) {
            return;
        }
        Event first = groups.get(0).get(0);
        Event second = groups.get(1).get(0);
        for (Event x : groups.get(0)) {
            link(x, second);
        }
        for (int i = 1; i < groups.size(); i++) {
            for (Event x : groups.get(i)) {
                link(x, first);
            }
        }
    }

    /**
     * Two linked signatures, the reports of each grouped by article: a left group is linked to every right group
     * of another article. Connected unless both sides hold exactly the same two articles (then two components),
     * or one side holds one article (then that article's groups on the other side stand alone).
     */
    private void between(List<List<Event>> left, List<List<Event>> right) {
        for (List<Event> l : left) {
            List<Event> r = otherThan(right, l);
            if (r != null) {
                for (Event x : l) {
                    link(x, r.get(0));
                }
            }
        }
        for (List<Event> r : right) {
            List<Event> l = otherThan(left, r);
            if (l != null) {
                for (Event y : r) {
                    link(l.get(0), y);
                }
            }
        }
        if (left.size() < 2 || right.size() < 2) {
            return;
        }
        Object r0 = LinkSignatures.article(right.get(0).get(0));
        Object r1 = LinkSignatures.article(right.get(1).get(0));
        for (List<Event> l : left) {
            Object a = LinkSignatures.article(l.get(0));
            if (!a.equals(r0) && !a.equals(r1)) {
                link(l.get(0), right.get(1).get(0)); // joins the left groups hung on either of the first two
                return;
            }
        }
        if (right.size() >= 3) { // the left side holds the first two right articles only; a third joins them
            link(left.get(0).get(0), right.get(2).get(0));
            link(left.get(1).get(0), right.get(2).get(0));
        }
    }

    /** The first of the first two groups whose article is not {@code group}'s; null when there is none. */
    private static List<Event> otherThan(List<List<Event>> groups, List<Event> group) {
        Object article = LinkSignatures.article(group.get(0));
        for (int i = 0; i < Math.min(2, groups.size()); i++) {
            if (!LinkSignatures.article(groups.get(i).get(0)).equals(article)) {
                return groups.get(i);
            }
        }
        return null;
    }

    private void link(Event a, Event b) {
        out.add(a.id().compareTo(b.id()) < 0 ? new String[] {a.id(), b.id()} : new String[] {b.id(), a.id()});
    }

    private Map<Integer, List<Event>> bySignature(List<Event> reports) {
        Map<Integer, List<Event>> out = new LinkedHashMap<>();
        for (Event e : reports) {
            out.computeIfAbsent(signatures.of(e), k -> new ArrayList<>()).add(e);
        }
        return out;
    }

    private static List<List<Event>> byArticle(List<Event> reports) {
        Map<Object, List<Event>> out = new LinkedHashMap<>();
        for (Event e : reports) {
            out.computeIfAbsent(LinkSignatures.article(e), k -> new ArrayList<>()).add(e);
        }
        return new ArrayList<>(out.values());
    }
}
