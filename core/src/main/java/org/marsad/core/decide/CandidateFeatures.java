package org.marsad.core.decide;

import java.util.Arrays;
import org.marsad.model.Event;

/**
 * The features of one candidate event, hashed into {@code 2^bits} slots: the sentence's words and word pairs,
 * the words around the trigger by position, the trigger and its character n-grams, the rule, the status, which
 * fields the rules could read (date precision, counts, actor and recipient sectors), and where the sentence
 * stands in the article. Most are also conjoined with the candidate's type, so that one model holds a decision
 * per type and what the types share. Words are normalised ({@link #norm}) so that spelling variants meet.
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
        HashedBag bag = new HashedBag(bits);
        String type = e.type().name();
        int ss = clamp(e.sentence().start(), text);
        int se = clamp(e.sentence().end(), text);
        int ts = clamp(e.trigger().start(), text);
        int te = clamp(e.trigger().end(), text);
        String[] words = words(text, ss, se);
        String[] before = words(text, ss, Math.max(ss, ts));
        String[] after = words(text, Math.min(te, se), se);
        String trigger = norm(text.substring(ts, Math.max(ts, te)));

        bag.add("T", type);
        bag.add("trig", type + "|" + trigger);
        bag.add("trigAny", trigger);
        for (int n = 3; n <= 4; n++) {
            String t = "<" + trigger + ">";
            for (int i = 0; i + n <= t.length(); i++) {
                bag.add("tc", type + "|" + t.substring(i, i + n));
            }
        }
        bag.add("rule", e.rule() == null ? "-" : e.rule());
        bag.add("status", type + "|" + e.status().name());
        bag.add("date", type + "|" + (e.date().value() == null ? "none" : e.date().precision().name()));
        bag.add("dead", type + "|" + (e.size().dead() != null));
        bag.add("hurt", type + "|" + (e.size().injured() != null));
        bag.add("arrest", type + "|" + (e.size().arrested() != null));
        bag.add("actor", type + "|" + (e.actor() == null ? "none" : String.valueOf(e.actor().sector())));
        bag.add("recip", type + "|" + (e.recipient() == null ? "none" : String.valueOf(e.recipient().sector())));
        bag.add("place", type + "|" + (e.location() != null));
        bag.add("pos", type + "|" + Math.min(sentenceIndex, 3));
        bag.add("len", type + "|" + Math.min(words.length / 10, 6));
        bag.add("earlier", type + "|" + Math.min(earlierSameType, 3));
        bag.add("earlierPos", type + "|" + Math.min(earlierSameType, 3) + "|" + Math.min(sentenceIndex, 3));
        for (int i = 0; i < words.length; i++) {
            bag.add("w", type + "|" + words[i]);
            bag.add("wa", words[i]);
            if (i + 1 < words.length) {
                bag.add("bi", type + "|" + words[i] + "_" + words[i + 1]);
            }
        }
        for (int k = 1; k <= 3; k++) {
            if (before.length >= k) {
                bag.add("L" + k, type + "|" + before[before.length - k]);
            }
            if (after.length >= k) {
                bag.add("R" + k, type + "|" + after[k - 1]);
            }
        }
        for (int k = 0; k < Math.min(before.length, 8); k++) {
            bag.add("Lw", type + "|" + before[before.length - 1 - k]);
        }
        for (int k = 0; k < Math.min(after.length, 8); k++) {
            bag.add("Rw", type + "|" + after[k]);
        }
        return bag.indices();
    }

    private static int clamp(int i, String text) {
        return Math.max(0, Math.min(i, text.length()));
    }

    /** The normalised words of {@code text[from, to)}, at most {@link #MAX_WORDS}. */
    static String[] words(String text, int from, int to) {
        String[] raw = text.substring(from, to).split("[\\s\\p{Punct}\u060C\u061B\u061F\u00AB\u00BB\u201C\u201D]+");
        String[] out = new String[Math.min(raw.length, MAX_WORDS)];
        int n = 0;
        for (String w : raw) {
            if (n == out.length) {
                break;
            }
            if (!w.isEmpty()) {
                out[n++] = norm(w);
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** Arabic letters folded as search engines fold them: hamza forms of alef, taa marbuta, alef maqsura; no marks. */
    static String norm(String w) {
        StringBuilder b = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            switch (c) {
                case '\u0622', '\u0623', '\u0625', '\u0671' -> b.append('\u0627');
                case '\u0629' -> b.append('\u0647');
                case '\u0649' -> b.append('\u064A');
                case '\u0640' -> { }
                default -> {
                    if (c < '\u064B' || c > '\u065F') {
                        b.append(Character.isDigit(c) ? '0' : Character.toLowerCase(c));
                    }
                }
            }
        }
        return b.toString();
    }
}
