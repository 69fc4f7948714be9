package org.marsad.core.decide;

import java.util.Arrays;
import org.marsad.model.EventType;

/**
 * A set of hashed feature indices (1-based) in {@code 2^bits} slots, as the trained decisions read them: features
 * are added as a kind and one to three parts ({@link FeatureHash}), read back sorted and distinct, or scored.
 */
public final class HashedBag {
    private final int mask;
    private int[] items;
    private int n;

    public HashedBag(int bits) {
        this(bits, 64);
    }

    /** A bag with room for {@code capacity} features before it grows. */
    HashedBag(int bits, int capacity) {
        this.mask = (1 << bits) - 1;
        this.items = new int[Math.max(1, capacity)];
    }

    public void add(String kind, String value) {
        put(FeatureHash.hash(kind, value));
    }

    /** The feature {@code kind} with its value the two parts joined by {@code |} (hashed without joining them). */
    public void add(String kind, String a, String b) {
        put(FeatureHash.hash(kind, a, b));
    }

    /** The same with three parts. */
    public void add(String kind, String a, String b, String c) {
        put(FeatureHash.hash(kind, a, b, c));
    }

    /** The feature {@code kind} with one part. */
    public void add(FeatureHash.Kind kind, String value) {
        put(FeatureHash.end(FeatureHash.feed(kind.start(), value)));
    }

    /** The feature {@code kind} with two parts. */
    public void add(FeatureHash.Kind kind, String a, String b) {
        put(FeatureHash.end(FeatureHash.then(FeatureHash.feed(kind.start(), a), b)));
    }

    /** The feature {@code kind} with three parts. */
    public void add(FeatureHash.Kind kind, String a, String b, String c) {
        put(FeatureHash.end(FeatureHash.then(FeatureHash.then(FeatureHash.feed(kind.start(), a), b), c)));
    }

    /** The feature {@code kind} with the event type as its one part. */
    public void add(FeatureHash.Kind kind, EventType t) {
        put(FeatureHash.end(kind.typed(t)));
    }

    /** The feature {@code kind} with the event type and one more part. */
    public void add(FeatureHash.Kind kind, EventType t, String b) {
        put(FeatureHash.end(FeatureHash.then(kind.typed(t), b)));
    }

    /** The feature {@code kind} with the event type and two more parts. */
    public void add(FeatureHash.Kind kind, EventType t, String b, String c) {
        put(FeatureHash.end(FeatureHash.then(FeatureHash.then(kind.typed(t), b), c)));
    }

    /** A feature already hashed (its kind and value mixed into one int by the caller). */
    void addHash(int hash) {
        put(hash);
    }

    /**
     * Makes room for {@code more} features beyond those in the bag, growing it now if need be, so that a loop adding
     * at most that many never grows it. A bag grown inside a compiled loop failed the loop's hoisted check (a JIT
     * "profile predicate" trap that is never recompiled away: 31,000 deoptimisations of the event decider's feature
     * loop in one bench run, each finishing that candidate's loop in the interpreter).
     */
    void reserve(int more) {
        if (items.length - n < more) {
            items = Arrays.copyOf(items, Math.max(items.length * 2, n + more));
        }
    }

    /** How many more features fit before the bag grows. */
    int room() {
        return items.length - n;
    }

    /** How many features were added (repeats counted). */
    int size() {
        return n;
    }

    /** A small count as a part: the digit strings are shared. */
    public static String count(int n) {
        return n >= 0 && n < DIGITS.length ? DIGITS[n] : String.valueOf(n);
    }

    private static final String[] DIGITS = {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"};

    private void put(int hash) {
        if (n == items.length) {
            items = Arrays.copyOf(items, n * 2);
        }
        items[n++] = (hash & mask) + 1;
    }

    /**
     * The distinct indices in the order first added, without sorting (a probability needs the set, not its order):
     * an open-addressing set over the added ones.
     */
    int[] distinct() {
        int k = distinctInto();
        return Arrays.copyOf(unique, k);
    }

    public int[] indices() {
        return FeatureHash.sortedDistinct(items, n);
    }

    /** Empties the bag, keeping its room (a choice scores its options one after another in one bag). */
    public HashedBag clear() {
        n = 0;
        return this;
    }

    /**
     * {@code model}'s log-odds for the features in the bag, each counted once, as {@link LinearModel#probability}
     * of {@link #indices()} would see them. When the model adds its weights exactly in any order
     * ({@link LinearModel#exactTerms()}), the distinct ones are summed as first added, without sorting (the same
     * double, bit for bit); otherwise the bag is sorted in place.
     */
    public double logOdds(LinearModel model) {
        if (n + 1 <= model.exactTerms()) { // the model's sums do not depend on the order: no need to sort
            int k = distinctInto();
            return model.logOddsOfDistinct(unique, k);
        }
        Arrays.sort(items, 0, n);
        return model.logOdds(items, n);
    }

    /**
     * {@code model}'s probability for the features in the bag, each counted once, summed in the order first added:
     * the very double {@link LinearModel#probability} gives for {@link #distinct()}, without making that array.
     */
    double probabilityAsAdded(LinearModel model) {
        int k = distinctInto(); // may replace unique: read it after
        return 1 / (1 + Math.exp(-model.logOddsOfDistinct(unique, k)));
    }

    /** Room for {@link #distinctInto}: the distinct indices, and an open-addressing set of them; reused. */
    private int[] unique = new int[0];
    private int[] seen = new int[0];

    /** Copies the distinct indices, in the order first added, into {@link #unique}; returns how many there are. */
    private int distinctInto() {
        int size = Integer.highestOneBit(Math.max(4, n) * 2) * 2;
        if (seen.length < size) {
            seen = new int[size];
            unique = new int[size];
        } else {
            Arrays.fill(seen, 0, size, 0);
        }
        int k = 0;
        for (int i = 0; i < n; i++) {
            int v = items[i];
            int slot = (v * 0x9E3779B1) >>> 1 & (size - 1);
            while (seen[slot] != 0 && seen[slot] != v) {
                slot = (slot + 1) & (size - 1);
            }
            if (seen[slot] == 0) {
                seen[slot] = v;
                unique[k++] = v;
            }
        }
        return k;
    }
}
