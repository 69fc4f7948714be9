package org.marsad.core.decide;

import java.util.Arrays;
import org.marsad.model.EventType;

/**
 * The hashing every trained model of the project shares (the event decider's {@link CandidateFeatures} and the
 * name tagger's features): a feature is a kind and a value, hashed to an int that is stable across JVMs and runs,
 * so that a model file of weights by index means the same thing wherever it is read.
 */
public final class FeatureHash {
    private FeatureHash() {
    }

    /** FNV-1a over the kind, a separator and the value, then mixed. */
    public static int hash(String kind, String value) {
        int h = 0x811C9DC5;
        for (int i = 0; i < kind.length(); i++) {
            h = (h ^ kind.charAt(i)) * 0x01000193;
        }
        h = (h ^ 0x1F) * 0x01000193;
        for (int i = 0; i < value.length(); i++) {
            h = (h ^ value.charAt(i)) * 0x01000193;
        }
        h ^= h >>> 15;
        h *= 0x2C1B3C6D;
        h ^= h >>> 12;
        return h;
    }

    /**
     * The same as {@link #hash(String, String)} of the parts joined by {@code |}, without building the joined string
     * (the field choices hash a few hundred such features per candidate).
     */
    public static int hash(String kind, String... parts) {
        int h = start(kind);
        for (int p = 0; p < parts.length; p++) {
            h = p > 0 ? then(h, parts[p]) : feed(h, parts[p]);
        }
        return end(h);
    }

    /** {@link #hash(String, String...)} of two parts, without an array. */
    public static int hash(String kind, String a, String b) {
        return end(then(feed(start(kind), a), b));
    }

    /** {@link #hash(String, String...)} of three parts, without an array. */
    public static int hash(String kind, String a, String b, String c) {
        return end(then(then(feed(start(kind), a), b), c));
    }

    /**
     * A feature kind whose hash state is worked out once: after the kind alone, and after the kind and each event
     * type as its first part (most features of the field choices are conjoined with the event's type), so that
     * hashing a feature feeds only its other parts. {@link HashedBag}'s adds that take a kind give the same indices
     * as those that take its name.
     */
    public static final class Kind {
        private final int start;
        private final int[] typed;

        public Kind(String name) {
            this.start = FeatureHash.start(name);
            EventType[] types = EventType.values();
            this.typed = new int[types.length];
            for (EventType t : types) {
                typed[t.ordinal()] = feed(start, t.name());
            }
        }

        int start() {
            return start;
        }

        int typed(EventType t) {
            return typed[t.ordinal()];
        }
    }

    private static int start(String kind) {
        return (feed(0x811C9DC5, kind) ^ 0x1F) * 0x01000193;
    }

    /** The state {@code h} (a kind and parts fed) with one more part after the separator. */
    static int then(int h, String part) {
        return feed((h ^ '|') * 0x01000193, part);
    }

    static int feed(int h, String s) {
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x01000193;
        }
        return h;
    }

    static int end(int h) {
        h ^= h >>> 15;
        h *= 0x2C1B3C6D;
        h ^= h >>> 12;
        return h;
    }

    /** The first {@code n} indices of {@code buf}, sorted, each once. */
    public static int[] sortedDistinct(int[] buf, int n) {
        int[] a = Arrays.copyOf(buf, n);
        Arrays.sort(a);
        int k = 0;
        for (int i = 0; i < a.length; i++) {
            if (k == 0 || a[k - 1] != a[i]) {
                a[k++] = a[i];
            }
        }
        return Arrays.copyOf(a, k);
    }
}
