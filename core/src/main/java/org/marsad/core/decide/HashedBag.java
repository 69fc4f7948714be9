package org.marsad.core.decide;

import java.util.Arrays;

/** A set of hashed feature indices (1-based) in {@code 2^bits} slots, as the trained decisions read them. */
final class HashedBag {
    private final int mask;
    private int[] items = new int[64];
    private int n;

    HashedBag(int bits) {
        this.mask = (1 << bits) - 1;
    }

    void add(String kind, String value) {
        put(FeatureHash.hash(kind, value));
    }

    /** The feature {@code kind} with its value the two parts joined by {@code |} (hashed without joining them). */
    void add(String kind, String a, String b) {
        put(FeatureHash.hash(kind, a, b));
    }

    /** The same with three parts. */
    void add(String kind, String a, String b, String c) {
        put(FeatureHash.hash(kind, a, b, c));
    }

    /** A small count as a part: the digit strings are shared. */
    static String count(int n) {
        return n >= 0 && n < DIGITS.length ? DIGITS[n] : String.valueOf(n);
    }

    private static final String[] DIGITS = {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"};

    private void put(int hash) {
        if (n == items.length) {
            items = Arrays.copyOf(items, n * 2);
        }
        items[n++] = (hash & mask) + 1;
    }

    int[] indices() {
        return FeatureHash.sortedDistinct(items, n);
    }
}
