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
    /** Each compared pair of signatures (a key of both ids) and whether it is linked: open addressing. */
    private long[] pairs = new long[1 << 10];
    /** Per slot of {@link #pairs}: 0 empty, 1 not linked, 2 linked. */
    private byte[] answers = new byte[1 << 10];
    private int answered;
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
        int slot = slot(pairs, answers, key);
        if (answers[slot] == 0) {
            comparisons++;
            boolean known = ClusterRule.linked(signatures.get(a), signatures.get(b));
            pairs[slot] = key;
            answers[slot] = known ? (byte) 2 : (byte) 1;
            if (++answered * 2 > pairs.length) {
                grow();
            }
            return known;
        }
        return answers[slot] == 2;
    }

    /** The slot holding {@code key}, or the empty slot where it goes (linear probing). */
    private static int slot(long[] pairs, byte[] answers, long key) {
        int mask = pairs.length - 1;
        int i = (int) (mix(key) & mask);
        while (answers[i] != 0 && pairs[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    /** MurmurHash3's finaliser: every bit of the key moves the low bits (a slot is its low bits). */
    private static long mix(long key) {
        long h = (key ^ (key >>> 33)) * 0xff51afd7ed558ccdL;
        h = (h ^ (h >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }

    private void grow() {
        long[] oldPairs = pairs;
        byte[] oldAnswers = answers;
        pairs = new long[oldPairs.length * 2];
        answers = new byte[oldAnswers.length * 2];
        for (int i = 0; i < oldPairs.length; i++) {
            if (oldAnswers[i] != 0) {
                int to = slot(pairs, answers, oldPairs[i]);
                pairs[to] = oldPairs[i];
                answers[to] = oldAnswers[i];
            }
        }
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
