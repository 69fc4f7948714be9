package org.marsad.core.geo;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * An immutable map from country code to a positive count, held as two short arrays: an article names a handful of
 * countries, and its context is extended after nearly every sentence and asked once or twice per candidate place,
 * so a scan of a few codes beats hashing, boxing and copying a hash map each time. Thread-safe.
 */
final class CountryCounts extends AbstractMap<String, Integer> {
    static final CountryCounts EMPTY = new CountryCounts(new String[0], new int[0]);

    private final String[] codes;
    private final int[] counts;

    private CountryCounts(String[] codes, int[] counts) {
        this.codes = codes;
        this.counts = counts;
    }

    /** {@code map} as country counts: itself when it is one; null keys or values are refused, as Map.copyOf does. */
    static CountryCounts copyOf(Map<String, Integer> map) {
        if (map instanceof CountryCounts c) {
            return c;
        }
        String[] codes = new String[map.size()];
        int[] counts = new int[map.size()];
        int n = 0;
        for (Map.Entry<String, Integer> e : map.entrySet()) {
            codes[n] = Objects.requireNonNull(e.getKey(), "country code");
            counts[n++] = Objects.requireNonNull(e.getValue(), "count");
        }
        return new CountryCounts(codes, counts);
    }

    /** How often {@code code} was counted; 0 when never. */
    int count(String code) {
        for (int i = 0; i < codes.length; i++) {
            if (codes[i].equals(code)) {
                return counts[i];
            }
        }
        return 0;
    }

    /** These counts with one more for each of {@code more} (nulls skipped); this when there is nothing to add. */
    CountryCounts plus(Iterable<String> more) {
        String[] c = null;
        int[] k = null;
        int n = codes.length;
        for (String code : more) {
            if (code == null) {
                continue;
            }
            if (c == null) {
                c = Arrays.copyOf(codes, codes.length + 4);
                k = Arrays.copyOf(counts, codes.length + 4);
            }
            int at = indexOf(c, n, code);
            if (at < 0) {
                if (n == c.length) {
                    c = Arrays.copyOf(c, 2 * n);
                    k = Arrays.copyOf(k, 2 * n);
                }
                c[n] = code;
                at = n++;
            }
            k[at]++;
        }
        return c == null ? this : new CountryCounts(Arrays.copyOf(c, n), Arrays.copyOf(k, n));
    }

    private static int indexOf(String[] codes, int n, String code) {
        for (int i = 0; i < n; i++) {
            if (codes[i].equals(code)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public Integer get(Object key) {
        int i = key instanceof String s ? indexOf(codes, codes.length, s) : -1;
        return i < 0 ? null : counts[i];
    }

    @Override
    public boolean containsKey(Object key) {
        return key instanceof String s && indexOf(codes, codes.length, s) >= 0;
    }

    @Override
    public int size() {
        return codes.length;
    }

    @Override
    public Set<Map.Entry<String, Integer>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, Integer>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < codes.length;
                    }

                    @Override
                    public Map.Entry<String, Integer> next() {
                        if (next >= codes.length) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new AbstractMap.SimpleImmutableEntry<>(codes[i], counts[i]);
                    }
                };
            }

            @Override
            public int size() {
                return codes.length;
            }
        };
    }
}
