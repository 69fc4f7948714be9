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
        if (n == items.length) {
            items = Arrays.copyOf(items, n * 2);
        }
        items[n++] = (FeatureHash.hash(kind, value) & mask) + 1;
    }

    int[] indices() {
        return FeatureHash.sortedDistinct(items, n);
    }
}
