package org.marsad.core.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.model.Event;

/**
 * Reports seen through {@link ClusterRule#linked}: two reports are linked exactly when they are not from the same
 * article and their <em>signatures</em> are linked, the signature being everything else the rule reads (type,
 * status, day, place, actor and recipient codes; {@link ClusterRule#essentials} with no id, document or article).
 * Reports with one signature therefore link alike, and a pair of signatures is compared once, whatever the number
 * of reports sharing them: the places come from the gazetteer and the actors from the lexicons, so the signatures
 * of a bucket are bounded by those, not by the reports. One instance per clustering run; not thread-safe.
 */
final class LinkSignatures {
    private final Map<Event, Integer> ids = new HashMap<>();
    private final Map<Event, Integer> known = new java.util.IdentityHashMap<>();
    private final List<Event> signatures = new ArrayList<>();
    private final Map<Long, Boolean> linked = new HashMap<>();
    private long comparisons;

    /** The id of the report's signature (equal ids: equal signatures). */
    int of(Event e) {
        Integer seen = known.get(e);
        if (seen != null) {
            return seen;
        }
        Event s = signature(e);
        Integer id = ids.get(s);
        if (id == null) {
            id = signatures.size();
            ids.put(s, id);
            signatures.add(s);
        }
        known.put(e, id);
        return id;
    }

    /** Whether reports of these signatures from different articles are linked; each pair is compared once. */
    boolean linked(int a, int b) {
        long key = a <= b ? ((long) a << 32) | b : ((long) b << 32) | a;
        Boolean known = linked.get(key);
        if (known == null) {
            comparisons++;
            known = ClusterRule.linked(signatures.get(a), signatures.get(b));
            linked.put(key, known);
        }
        return known;
    }

    /** How many times {@link ClusterRule#linked} was asked. */
    long comparisons() {
        return comparisons;
    }

    /** What identifies the report's article for the rule ("never linked within one article"). */
    static Object article(Event e) {
        return e.docId() == null ? "id:" + e.id() : e.docId() + "#" + e.article();
    }

    private static Event signature(Event e) {
        Event s = ClusterRule.essentials(e);
        return new Event(null, null, -1, s.type(), s.mode(), s.contexts(), s.cameo(), s.quadClass(), s.status(),
                s.actor(), s.recipient(), s.trigger(), s.date(), s.location(), s.size(), s.sentence(), s.source(),
                s.rule(), s.confidence());
    }
}
