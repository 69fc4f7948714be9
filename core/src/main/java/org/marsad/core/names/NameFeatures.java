package org.marsad.core.names;

import java.util.Arrays;
import java.util.List;

/**
 * The hashed features of each word of a sentence for the name tagger: the word and its neighbours (±2) in light
 * form, the clitic-stripped stem, prefixes and suffixes, character trigrams of the stem, word shape, word pairs,
 * the lexicon evidence of {@link NameLists} for the word and its neighbours, and the two previous tags. Features
 * are hashed (FNV-1a) into {@code 2^bits} slots, 1-based. Thread-safe: a {@link Sentence} holds the per-sentence
 * state.
 */
public final class NameFeatures {
    private final int bits;
    private final int mask;
    private final NameLists lists;

    public NameFeatures(int bits, NameLists lists) {
        this.bits = bits;
        this.mask = (1 << bits) - 1;
        this.lists = lists;
    }

    public int bits() {
        return bits;
    }

    /** The features of one sentence's words that do not depend on tags, computed once. */
    public Sentence sentence(List<String> words) {
        return new Sentence(words);
    }

    /** One sentence ready for tagging. */
    public final class Sentence {
        private final int[][] fixed;
        private final String[] light;
        private final String[] stem;
        private final int[] marks;

        Sentence(List<String> words) {
            int n = words.size();
            light = new String[n];
            stem = new String[n];
            for (int i = 0; i < n; i++) {
                light[i] = lists.light(words.get(i));
                stem[i] = stem(light[i]);
            }
            marks = lists.marks(light);
            fixed = new int[n][];
            for (int i = 0; i < n; i++) {
                fixed[i] = fixed(i, marks);
            }
        }

        public int size() {
            return light.length;
        }

        /**
         * Writes the features of word {@code i} given the two previous tags into {@code buf} (at least
         * {@link #maxFeatures} long) and returns their number.
         */
        public int features(int i, String prev1, String prev2, int[] buf) {
            int[] f = fixed[i];
            System.arraycopy(f, 0, buf, 0, f.length);
            int n = f.length;
            buf[n++] = index("t1", prev1);
            buf[n++] = index("t12", prev1 + "|" + prev2);
            buf[n++] = index("t1w", prev1 + "|" + light[i]);
            buf[n++] = index("t1s", prev1 + "|" + stem[i]);
            buf[n++] = index("t1x", prev1 + "|" + suffix(stem[i], 2));
            buf[n++] = index("t1n", prev1 + "|" + at(light, i + 1));
            buf[n++] = index("t1m", prev1 + "|" + marks[i]);
            buf[n++] = index("t1p", prev1 + "|" + light[i].substring(0, Math.min(2, light[i].length())));
            return n;
        }

        /** The largest number of features of one word. */
        public int maxFeatures() {
            int m = 0;
            for (int[] f : fixed) {
                m = Math.max(m, f.length);
            }
            return m + 8;
        }

        private int[] fixed(int i, int[] marks) {
            Bag b = new Bag();
            String w = light[i];
            String s = stem[i];
            b.add("w", w);
            b.add("s", s);
            b.add("w-1", at(light, i - 1));
            b.add("w+1", at(light, i + 1));
            b.add("w-2", at(light, i - 2));
            b.add("w+2", at(light, i + 2));
            b.add("s-1", at(stem, i - 1));
            b.add("s+1", at(stem, i + 1));
            b.add("w-1w", at(light, i - 1) + "|" + w);
            b.add("ww+1", w + "|" + at(light, i + 1));
            b.add("s-1s", at(stem, i - 1) + "|" + s);
            for (int k = 1; k <= 4; k++) {
                if (s.length() > k) {
                    b.add("p" + k, s.substring(0, k));
                    b.add("x" + k, suffix(s, k));
                }
            }
            if (w.length() > 2) {
                b.add("wp2", w.substring(0, 2));
            }
            String padded = "^" + s + "$";
            for (int k = 0; k + 3 <= padded.length(); k++) {
                b.add("c3", padded.substring(k, k + 3));
            }
            b.add("shape", shape(w));
            b.add("len", Integer.toString(Math.min(s.length(), 9)));
            if (i == 0) {
                b.add("bos", "");
            }
            if (i == light.length - 1) {
                b.add("eos", "");
            }
            for (int d = -2; d <= 2; d++) {
                int j = i + d;
                int m = j < 0 || j >= marks.length ? 0 : marks[j];
                for (NameLists.Kind k : NameLists.Kind.values()) {
                    if ((m & (1 << k.ordinal())) != 0) {
                        b.add("L" + d, "B" + k.name());
                    }
                    if ((m & (1 << (k.ordinal() + 16))) != 0) {
                        b.add("L" + d, "I" + k.name());
                    }
                }
                if (d == 0 && m == 0) {
                    b.add("L0", "none");
                }
            }
            int m0 = marks[i];
            for (NameLists.Kind k : NameLists.Kind.values()) {
                if ((m0 & (1 << k.ordinal() | 1 << (k.ordinal() + 16))) != 0) {
                    b.add("L0w-1", k.name() + "|" + at(light, i - 1));
                }
            }
            return b.items();
        }
    }

    /** The word without proclitics (و ف, then ب ل ك, then the article) when enough of it is left. */
    static String stem(String w) {
        String s = w;
        if (s.length() > 3 && (s.charAt(0) == 'و' || s.charAt(0) == 'ف')) {
            s = s.substring(1);
        }
        if (s.length() > 4 && s.startsWith("لل")) {
            s = s.substring(2);
        } else if (s.length() > 4 && (s.startsWith("بال") || s.startsWith("كال"))) {
            s = s.substring(3);
        } else if (s.length() > 3 && s.startsWith("ال")) {
            s = s.substring(2);
        }
        return s;
    }

    static String suffix(String s, int k) {
        return s.length() > k ? s.substring(s.length() - k) : s;
    }

    static String at(String[] a, int i) {
        return i < 0 ? "<s>" : i >= a.length ? "</s>" : a[i];
    }

    /** A coarse shape: digits, Latin, Arabic letters, punctuation, or mixed. */
    static String shape(String w) {
        boolean digit = false;
        boolean latin = false;
        boolean arabic = false;
        boolean other = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isDigit(c)) {
                digit = true;
            } else if (c < 0x250 && Character.isLetter(c)) {
                latin = true;
            } else if (c >= 0x600 && c <= 0x6FF) {
                arabic = true;
            } else {
                other = true;
            }
        }
        return (digit ? "d" : "") + (latin ? "l" : "") + (arabic ? "a" : "") + (other ? "o" : "");
    }

    int index(String kind, String value) {
        return (hash(kind, value) & mask) + 1;
    }

    static int hash(String kind, String value) {
        return org.marsad.core.decide.FeatureHash.hash(kind, value);
    }

    private final class Bag {
        private int[] items = new int[64];
        private int n;

        void add(String kind, String value) {
            if (n == items.length) {
                items = Arrays.copyOf(items, n * 2);
            }
            items[n++] = index(kind, value);
        }

        int[] items() {
            return Arrays.copyOf(items, n);
        }
    }
}
