package org.marsad.core.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.core.text.ArabicNormalizer;

/**
 * Near-duplicate texts by shingling: the same story republished by another page, or one sentence carried into
 * another story's page. Each text becomes the set of its word {@value #WORDS}-grams (after {@link ArabicNormalizer}:
 * hamza forms, diacritics and tatweel folded), summarised by a MinHash signature of {@value #HASHES} values; texts
 * that agree on every value of one of the {@value #BANDS} bands are candidates (locality-sensitive hashing, so
 * the work grows with the texts, not their pairs), and a candidate pair is kept when the exact Jaccard similarity of
 * the shingle sets is at least the threshold. Deterministic: fixed seeds, no randomness. Not thread-safe.
 */
public final class NearDuplicates {
    static final int WORDS = 3;
    static final int HASHES = 64;
    static final int BANDS = 16;
    private static final int ROWS = HASHES / BANDS;
    private static final long[] SEEDS = seeds();

    private final double threshold;
    private static final ArabicNormalizer NORMALIZER = new ArabicNormalizer();
    private final Map<String, Set<Long>> shingles = new LinkedHashMap<>();
    private final Map<String, List<String>> bands = new HashMap<>();
    private final EventClusterer.UnionFind groups = new EventClusterer.UnionFind();
    private long verified;

    /** @param threshold the Jaccard similarity (0..1] from which two texts are one */
    public NearDuplicates(double threshold) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1], not " + threshold);
        }
        this.threshold = threshold;
    }

    /** Adds a text under an id (a later text under the same id is ignored); empty texts stand alone. */
    public void add(String id, String text) {
        if (shingles.containsKey(id)) {
            return;
        }
        Set<Long> set = shingles(text);
        shingles.put(id, set);
        if (set.isEmpty()) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (String key : bands(set)) {
            List<String> bucket = bands.computeIfAbsent(key, k -> new ArrayList<>());
            for (String other : bucket) {
                if (seen.add(other) && !groups.find(other).equals(groups.find(id))) {
                    verified++;
                    if (jaccard(set, shingles.get(other)) >= threshold) {
                        groups.union(id, other);
                    }
                }
            }
            bucket.add(id);
        }
    }

    /**
     * A text's fingerprint, for keeping it outside this class (the store): its word {@value #WORDS}-gram hashes,
     * sorted, and its MinHash signature of {@value #HASHES} values (empty for a text without words), whose
     * {@value #BANDS} band keys are {@link #bands()}. Two texts are candidates when they share a band key, and one
     * text when {@link #jaccard} of their shingles is at least the threshold: what {@link #add} does in memory.
     */
    public record Print(long[] shingles, long[] minHash) {
        /** The band keys ({@code b:v:v:v:v}, band {@code b} and its rows' values); none for a text without words. */
        public List<String> bands() {
            return minHash.length == 0 ? List.of() : bandsOf(minHash);
        }

        /** How many band keys the print has ({@link #bands()}'s size). */
        public int bandCount() {
            return minHash.length == 0 ? 0 : BANDS;
        }

        /**
         * The {@code band}-th band key's characters fed to {@code sink} in order, as {@link #bands()} writes them,
         * without making the string (a store that keeps only a hash of each key).
         */
        public void bandChars(int band, CharSink sink) {
            char[] digits = new char[20];
            writeDigits(band, digits, sink);
            for (int r = 0; r < ROWS; r++) {
                sink.accept(':');
                writeDigits(minHash[band * ROWS + r], digits, sink);
            }
        }
    }

    /** Where {@link Print#bandChars} writes. */
    @FunctionalInterface
    public interface CharSink {
        void accept(char c);
    }

    /** The decimal digits of {@code v} as {@link Long#toString(long)} writes them. */
    private static void writeDigits(long v, char[] digits, CharSink sink) {
        if (v == Long.MIN_VALUE) {
            String s = Long.toString(v);
            for (int i = 0; i < s.length(); i++) {
                sink.accept(s.charAt(i));
            }
            return;
        }
        if (v < 0) {
            sink.accept('-');
            v = -v;
        }
        int n = 0;
        do {
            digits[n++] = (char) ('0' + v % 10);
            v /= 10;
        } while (v != 0);
        while (n > 0) {
            sink.accept(digits[--n]);
        }
    }

    /** The fingerprint of a text (no bands for a text without words). */
    public static Print print(String text) {
        long[] sorted = shingleArray(text);
        return new Print(sorted, sorted.length == 0 ? new long[0] : signature(sorted));
    }

    /** The exact Jaccard similarity of two fingerprints' sorted shingles (0 when either is empty). */
    public static double jaccard(long[] a, long[] b) {
        if (a.length == 0 || b.length == 0) {
            return 0;
        }
        int both = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] == b[j]) {
                both++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return (double) both / (a.length + b.length - both);
    }

    private static List<String> bands(Set<Long> set) {
        return bands(set.stream().mapToLong(Long::longValue).toArray());
    }

    private static List<String> bands(long[] set) {
        return bandsOf(signature(set));
    }

    private static List<String> bandsOf(long[] sig) {
        List<String> out = new ArrayList<>(BANDS);
        for (int b = 0; b < BANDS; b++) {
            StringBuilder key = new StringBuilder().append(b);
            for (int r = 0; r < ROWS; r++) {
                key.append(':').append(sig[b * ROWS + r]);
            }
            out.add(key.toString());
        }
        return out;
    }

    /** The group of a text: the smallest id of the texts it is a near duplicate of, itself included. */
    public String groupOf(String id) {
        return groups.find(id);
    }

    /** How many candidate pairs had their Jaccard similarity computed (all pairs would be n(n-1)/2). */
    public long verified() {
        return verified;
    }

    /** The exact Jaccard similarity of two texts' shingle sets. */
    public double similarity(String a, String b) {
        return jaccard(shingles.getOrDefault(a, Set.of()), shingles.getOrDefault(b, Set.of()));
    }

    private static Set<Long> shingles(String text) {
        Set<Long> out = new HashSet<>();
        for (long x : shingleArray(text)) {
            out.add(x);
        }
        return out;
    }

    /**
     * The hashes of the text's word {@value #WORDS}-grams (one of all its words when it has fewer), sorted, each
     * once. Words are the maximal runs of letters and numbers (Unicode categories L and N, as the pattern
     * {@code [^\p{L}\p{N}]+} splits them) of the normalised text.
     */
    private static long[] shingleArray(String text) {
        String folded = NORMALIZER.normalize(text == null ? "" : text);
        int[] bounds = new int[16]; // start and end of each word
        int words = 0;
        int n = folded.length();
        int i = 0;
        while (i < n) {
            int c = folded.codePointAt(i);
            int next = i + Character.charCount(c);
            if (!isWordChar(c)) {
                i = next;
                continue;
            }
            int start = i;
            i = next;
            while (i < n) {
                int d = folded.codePointAt(i);
                if (!isWordChar(d)) {
                    break;
                }
                i += Character.charCount(d);
            }
            if (2 * words + 2 > bounds.length) {
                bounds = java.util.Arrays.copyOf(bounds, bounds.length * 2);
            }
            bounds[2 * words] = start;
            bounds[2 * words + 1] = i;
            words++;
        }
        if (words == 0) {
            return new long[0];
        }
        int shingles = Math.max(1, words - WORDS + 1);
        long[] out = new long[shingles];
        for (int s = 0; s < shingles; s++) {
            long h = 1125899906842597L;
            for (int w = s; w < Math.min(words, s + WORDS); w++) {
                for (int k = bounds[2 * w]; k < bounds[2 * w + 1]; k++) {
                    h = 31 * h + folded.charAt(k);
                }
                h = 31 * h + ' ';
            }
            out[s] = mix(h);
        }
        java.util.Arrays.sort(out);
        int unique = 1;
        for (int k = 1; k < out.length; k++) {
            if (out[k] != out[unique - 1]) {
                out[unique++] = out[k];
            }
        }
        return unique == out.length ? out : java.util.Arrays.copyOf(out, unique);
    }

    /** A letter or a number: the regular expressions' {@code \p{L}} and {@code \p{N}}. */
    private static boolean isWordChar(int c) {
        switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER -> {
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    /**
     * The MinHash signature: per seed, the least {@code mix(shingle ^ seed)}. Each shingle's {@value #HASHES} hashes
     * are made in one straight loop over the seeds (no branch, so the JIT can make it vector code), then kept where
     * less.
     */
    private static long[] signature(long[] set) {
        long[] sig = new long[HASHES];
        long[] v = new long[HASHES];
        java.util.Arrays.fill(sig, Long.MAX_VALUE);
        for (long s : set) {
            for (int i = 0; i < HASHES; i++) {
                long z = s ^ SEEDS[i];
                z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
                z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
                v[i] = z ^ (z >>> 31);
            }
            for (int i = 0; i < HASHES; i++) {
                sig[i] = Math.min(sig[i], v[i]);
            }
        }
        return sig;
    }

    private static double jaccard(Set<Long> a, Set<Long> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<Long> small = a.size() <= b.size() ? a : b;
        Set<Long> large = small == a ? b : a;
        int both = 0;
        for (long x : small) {
            if (large.contains(x)) {
                both++;
            }
        }
        return (double) both / (a.size() + b.size() - both);
    }

    /** SplitMix64's finaliser: a well-spread 64-bit hash of a 64-bit value. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static long[] seeds() {
        long[] out = new long[HASHES];
        long x = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < HASHES; i++) {
            x += 0x9E3779B97F4A7C15L;
            out[i] = mix(x);
        }
        return out;
    }
}
