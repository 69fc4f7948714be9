package org.marsad.core.decide;

import org.marsad.model.Event;

/**
 * The features of one candidate event, hashed into {@code 2^bits} slots: the sentence's words and word pairs,
 * the words around the trigger by position, the trigger and its character n-grams, the rule, the status, which
 * fields the rules could read (date precision, counts, actor and recipient sectors), and where the sentence
 * stands in the article. Most are also conjoined with the candidate's type, so that one model holds a decision
 * per type and what the types share. Words are normalised ({@link #norm}) so that spelling variants meet, and
 * hashed once each ({@link Words}): a word feature is that hash mixed with its kind's and type's salt, so a
 * candidate costs a few microseconds (the decider runs on every candidate of every page).
 * Deterministic: the same candidate always gives the same sorted, de-duplicated indices.
 */
public final class CandidateFeatures {
    /** Words of the sentence read (at most), so that a run-on "sentence" costs a bounded amount. */
    static final int MAX_WORDS = 120;

    private final int bits;

    public CandidateFeatures(int bits) {
        if (bits < 10 || bits > 26) {
            throw new IllegalArgumentException("feature bits must be in 10..26, not " + bits);
        }
        this.bits = bits;
    }

    public int bits() {
        return bits;
    }

    /**
     * The hashed feature indices (1-based, sorted, distinct) of {@code e} read from {@code text}, the page text its
     * offsets point into; {@code sentenceIndex} is the sentence's position among the article's sentences that
     * reported an event (0 for the first).
     */
    public int[] of(Event e, String text, int sentenceIndex) {
        return of(e, text, sentenceIndex, 0);
    }

    /**
     * As {@link #of(Event, String, int)}, knowing how many candidates of the same type came before it in the
     * article ({@code earlierSameType}): a later mention of a happening is often its detail, not a new one.
     */
    public int[] of(Event e, String text, int sentenceIndex, int earlierSameType) {
        return bag(e, text, sentenceIndex, earlierSameType).indices();
    }

    /**
     * The same indices as {@link #of(Event, String, int, int)}, distinct but in no particular order: what a
     * probability needs, without the sorting.
     */
    public int[] unordered(Event e, String text, int sentenceIndex, int earlierSameType) {
        return bag(e, text, sentenceIndex, earlierSameType, words(e, text, null)).distinct();
    }

    /**
     * As {@link #unordered(Event, String, int, int)}, with the words of {@code e}'s sentence read by {@link #words}
     * (the candidates of one sentence share them).
     */
    int[] unordered(Event e, String text, int sentenceIndex, int earlierSameType, Words words) {
        return bag(e, text, sentenceIndex, earlierSameType, words).distinct();
    }

    /**
     * The words of {@code e}'s sentence: {@code known} when it is those of the same sentence (the same offsets), read
     * from {@code text} otherwise.
     */
    static Words words(Event e, String text, Words known) {
        int ss = clamp(e.sentence().start(), text);
        int se = clamp(e.sentence().end(), text);
        return known != null && known.from == ss && known.to == se ? known : Words.read(text, ss, se);
    }

    private HashedBag bag(Event e, String text, int sentenceIndex, int earlierSameType) {
        return bag(e, text, sentenceIndex, earlierSameType, words(e, text, null));
    }

    private HashedBag bag(Event e, String text, int sentenceIndex, int earlierSameType, Words words) {
        return fill(new HashedBag(bits, 256), e, text, sentenceIndex, earlierSameType, words);
    }

    /** A bag for {@link #fill}, to reuse over the candidates of one article. */
    HashedBag newBag() {
        return new HashedBag(bits, 256);
    }

    /**
     * Adds the features of {@link #unordered(Event, String, int, int, Words)} to {@code bag} (emptied first), in the
     * same order, and returns it.
     */
    HashedBag fill(HashedBag bag, Event e, String text, int sentenceIndex, int earlierSameType, Words words) {
        bag.clear();
        String type = e.type().name();
        int[] salt = SALTS[e.type().ordinal()];
        int ts = clamp(e.trigger().start(), text);
        int te = clamp(e.trigger().end(), text);
        String trigger = norm(text.substring(ts, Math.max(ts, te)));
        // room for all the features below, so that no loop of them grows the bag (see HashedBag.reserve)
        bag.reserve(features(trigger.length(), words.n));

        bag.add("T", type);
        bag.add("trig", type, trigger);
        bag.add("trigAny", trigger);
        for (int n = 3; n <= 4; n++) {
            String t = "<" + trigger + ">";
            for (int i = 0; i + n <= t.length(); i++) {
                bag.add("tc", type, t.substring(i, i + n));
            }
        }
        bag.add("rule", e.rule() == null ? "-" : e.rule());
        bag.add("status", type, e.status().name());
        bag.add("date", type, e.date().value() == null ? "none" : e.date().precision().name());
        bag.add("dead", type, String.valueOf(e.size().dead() != null));
        bag.add("hurt", type, String.valueOf(e.size().injured() != null));
        bag.add("arrest", type, String.valueOf(e.size().arrested() != null));
        bag.add("actor", type, e.actor() == null ? "none" : String.valueOf(e.actor().sector()));
        bag.add("recip", type, e.recipient() == null ? "none" : String.valueOf(e.recipient().sector()));
        bag.add("place", type, String.valueOf(e.location() != null));
        bag.add("pos", type, HashedBag.count(Math.min(sentenceIndex, 3)));
        bag.add("len", type, HashedBag.count(Math.min(words.n / 10, 6)));
        bag.add("earlier", type, HashedBag.count(Math.min(earlierSameType, 3)));
        bag.add("earlierPos", type, HashedBag.count(Math.min(earlierSameType, 3)),
                HashedBag.count(Math.min(sentenceIndex, 3)));
        // the words: each word hashed once, each feature of it that hash mixed with its kind's and type's salt
        int[] h = words.hashes;
        int n = words.n;
        for (int i = 0; i < n; i++) {
            bag.addHash(mix(salt[W], h[i]));
            bag.addHash(mix(ANY_WORD, h[i]));
            if (i + 1 < n) {
                bag.addHash(mix(salt[PAIR], pair(h[i], h[i + 1])));
            }
        }
        // before the trigger: the words that end at or before it; after: those that start at or after its end
        int before = 0;
        while (before < n && words.ends[before] <= ts) {
            before++;
        }
        int after = before;
        while (after < n && words.starts[after] < te) {
            after++;
        }
        // L1 R1 L2 R2 L3 R3, written out: as a loop of k = 1..3, C2 (JDK 17) compiled it with a profile predicate
        // that failed on nearly every candidate and was never recompiled away (one deoptimisation per candidate)
        int right = n - after;
        if (before >= 1) {
            bag.addHash(mix(salt[LEFT], h[before - 1]));
        }
        if (right >= 1) {
            bag.addHash(mix(salt[RIGHT], h[after]));
        }
        if (before >= 2) {
            bag.addHash(mix(salt[LEFT + 1], h[before - 2]));
        }
        if (right >= 2) {
            bag.addHash(mix(salt[RIGHT + 1], h[after + 1]));
        }
        if (before >= 3) {
            bag.addHash(mix(salt[LEFT + 2], h[before - 3]));
        }
        if (right >= 3) {
            bag.addHash(mix(salt[RIGHT + 2], h[after + 2]));
        }
        for (int k = 0; k < Math.min(before, 8); k++) {
            bag.addHash(mix(salt[LEFT_WINDOW], h[before - 1 - k]));
        }
        for (int k = 0; k < Math.min(n - after, 8); k++) {
            bag.addHash(mix(salt[RIGHT_WINDOW], h[after + k]));
        }
        return bag;
    }

    /**
     * The most features {@link #fill} adds for a trigger of {@code triggerChars} chars in a sentence of {@code words}
     * words: 17 of the candidate, the trigger's 3- and 4-grams with its two marks, 3 a word, 6 by position and 16 in
     * the windows.
     */
    static int features(int triggerChars, int words) {
        return 17 + 2 * (triggerChars + 2) + 3 * words + 6 + 16;
    }

    // the word features' kinds, each with a salt by event type
    private static final int W = 0;
    private static final int PAIR = 1;
    private static final int LEFT = 2;
    private static final int RIGHT = 5;
    private static final int LEFT_WINDOW = 8;
    private static final int RIGHT_WINDOW = 9;
    private static final String[] KINDS = {"w", "bi", "L1", "L2", "L3", "R1", "R2", "R3", "Lw", "Rw"};
    private static final int[][] SALTS = new int[org.marsad.model.EventType.values().length][KINDS.length];
    private static final int ANY_WORD = FeatureHash.hash("wa", "");

    static {
        for (org.marsad.model.EventType t : org.marsad.model.EventType.values()) {
            for (int k = 0; k < KINDS.length; k++) {
                SALTS[t.ordinal()][k] = FeatureHash.hash(KINDS[k], t.name());
            }
        }
    }

    /** A word's hash mixed with a salt (its feature's kind and type): a different, well-spread hash per salt. */
    static int mix(int salt, int h) {
        int x = salt ^ (h * 0x9E3779B1);
        x ^= x >>> 16;
        x *= 0x85EBCA6B;
        x ^= x >>> 13;
        x *= 0xC2B2AE35;
        x ^= x >>> 16;
        return x;
    }

    /** Two words' hashes in order as one. */
    static int pair(int a, int b) {
        return a * 0x01000193 ^ Integer.rotateLeft(b, 13) ^ 0x5F356495;
    }

    private static int clamp(int i, String text) {
        return Math.max(0, Math.min(i, text.length()));
    }

    /**
     * The words of {@code text[from, to)}, at most {@link #MAX_WORDS}: the pieces between runs of separators
     * ({@link #separator}), each with its offsets and the hash of its normalised form ({@link #norm}), read in one
     * pass without building a string.
     */
    static final class Words {
        /** The range read. */
        final int from;
        final int to;
        final int[] starts;
        final int[] ends;
        final int[] hashes;
        final int n;

        private Words(int from, int to, int[] starts, int[] ends, int[] hashes, int n) {
            this.from = from;
            this.to = to;
            this.starts = starts;
            this.ends = ends;
            this.hashes = hashes;
            this.n = n;
        }

        static Words read(String text, int from, int to) {
            // room for every word the range can hold (each but the last ends before a separator): never regrown
            int cap = Math.min(MAX_WORDS, (Math.max(0, to - from) + 1) / 2);
            int[] starts = new int[cap];
            int[] ends = new int[cap];
            int[] hashes = new int[cap];
            int n = 0;
            int i = from;
            while (i < to && n < MAX_WORDS) {
                while (i < to && separator(text.charAt(i))) {
                    i++;
                }
                int start = i;
                int h = 0x811C9DC5;
                while (i < to && !separator(text.charAt(i))) {
                    char c = folded(text.charAt(i++));
                    if (c != 0) {
                        h = (h ^ c) * 0x01000193;
                    }
                }
                if (i > start) {
                    starts[n] = start;
                    ends[n] = i;
                    hashes[n++] = h;
                }
            }
            return new Words(from, to, starts, ends, hashes, n);
        }
    }

    /** The hash {@link Words} gives the normalised word {@code w} ({@code w} already normalised). */
    static int wordHash(String w) {
        int h = 0x811C9DC5;
        for (int i = 0; i < w.length(); i++) {
            h = (h ^ w.charAt(i)) * 0x01000193;
        }
        return h;
    }

    /** White space (\s), ASCII punctuation (\p{Punct}) and the Arabic comma, semicolon, question mark and quotes. */
    static boolean separator(char c) {
        if (c < 128) {
            return c == ' ' || (c >= '\t' && c <= '\r') || (c > ' ' && c < '0') || (c > '9' && c < 'A')
                    || (c > 'Z' && c < 'a') || (c > 'z' && c < 127);
        }
        return c == '\u060C' || c == '\u061B' || c == '\u061F' || c == '\u00AB' || c == '\u00BB' || c == '\u201C'
                || c == '\u201D';
    }

    /** {@code c} as {@link #norm} writes it, or 0 when norm drops it. */
    static char folded(char c) {
        switch (c) {
            case '\u0622', '\u0623', '\u0625', '\u0671' -> {
                return '\u0627';
            }
            case '\u0629' -> {
                return '\u0647';
            }
            case '\u0649' -> {
                return '\u064A';
            }
            case '\u0640' -> {
                return 0;
            }
            default -> {
                if (c >= '\u064B' && c <= '\u065F') {
                    return 0;
                }
                if (c < 128) {
                    return c >= '0' && c <= '9' ? '0' : c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
                }
                if (c >= '\u0600' && c <= '\u06FF') { // the Arabic block: no case; its digits are 0660-0669, 06F0-06F9
                    return (c >= '\u0660' && c <= '\u0669') || (c >= '\u06F0' && c <= '\u06F9') ? '0' : c;
                }
                return Character.isDigit(c) ? '0' : Character.toLowerCase(c);
            }
        }
    }

    /** Arabic letters folded as search engines fold them: hamza forms of alef, taa marbuta, alef maqsura; no marks. */
    static String norm(String w) {
        StringBuilder b = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char c = folded(w.charAt(i));
            if (c != 0) {
                b.append(c);
            }
        }
        return b.toString();
    }
}
