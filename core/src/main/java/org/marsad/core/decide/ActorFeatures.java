package org.marsad.core.decide;

import java.util.List;
import org.marsad.core.text.Token;
import org.marsad.model.Entity;
import org.marsad.model.Event;
import org.marsad.model.Span;

/**
 * The features of one side as the actor of one candidate event, hashed into {@code 2^bits} slots: where it stands
 * from the trigger (side, distance, rank, clause breaks between), the word and clitic before it, its sector and
 * first word, whether the rules chose it as actor or recipient or carried it from an earlier sentence, and the
 * trigger's rule and clitic; most conjoined with the event's type. Deterministic.
 */
public final class ActorFeatures {
    private final int bits;

    public ActorFeatures(int bits) {
        this.bits = bits;
    }

    public int bits() {
        return bits;
    }

    /**
     * The features of {@code o} as the actor of {@code e}; {@code tokens} are the sentence's, {@code trigger} the
     * index of the trigger's first token, {@code options} every side considered (in text order for those in the
     * sentence).
     */
    public int[] of(Event e, ActorOption o, List<ActorOption> options, String text, List<Token> tokens, int trigger,
                    List<Span> counts) {
        HashedBag bag = new HashedBag(bits);
        String t = e.type().name();
        if (o.nobody()) {
            bag.add("nobody", t);
            bag.add("nobodyRules", t, String.valueOf((e.actor() == null)));
            bag.add("nobodyOpts", t, HashedBag.count(Math.min(options.size() - 1, 4)));
            bag.add("nobodyBefore", t, String.valueOf(hasBefore(options, trigger)));
            bag.add("nobodyRule", e.rule() == null ? "-" : e.rule());
            return bag.indices();
        }
        boolean current = same(o.entity(), e.actor());
        boolean recipient = same(o.entity(), e.recipient());
        String sector = String.valueOf(o.entity().sector());
        String country = o.entity().country() == null ? "none" : "some";
        bag.add("cur", t, String.valueOf(current));
        bag.add("curAny", String.valueOf(current));
        bag.add("rec", t, String.valueOf(recipient));
        bag.add("curRec", String.valueOf(current), String.valueOf(recipient));
        bag.add("sector", t, sector);
        bag.add("country", t, country);
        bag.add("nOpts", t, HashedBag.count(Math.min(options.size(), 5)));
        String rule = e.rule() == null ? "-" : e.rule();
        if (!o.inSentence()) {
            bag.add("carried", t, String.valueOf(hasBefore(options, trigger)));
            bag.add("carriedRule", rule);
            return bag.indices();
        }
        boolean before = o.end() <= trigger;
        String side = before ? "B" : "A";
        int dist = before ? trigger - o.end() : o.first() - trigger;
        String d = bucket(dist);
        int rank = rank(options, o, trigger, before);
        int breaks = breaks(text, tokens, before ? o.end() - 1 : trigger, before ? trigger : o.first());
        bag.add("side", t, side);
        bag.add("sideDist", t, side, d);
        bag.add("sideDistAny", side, d);
        bag.add("rank", t, side, HashedBag.count(rank));
        bag.add("breaks", t, side, HashedBag.count(Math.min(breaks, 2)));
        boolean speech = speechBetween(tokens, before ? o.end() : trigger + 1, before ? trigger : o.first());
        bag.add("speech", t, side, String.valueOf(speech));
        bag.add("speechAny", side, String.valueOf(speech));
        bag.add("ruleSide", rule, side, HashedBag.count(Math.min(rank, 2)));
        bag.add("sideSector", t, side, sector);
        bag.add("curSide", String.valueOf(current), side);
        boolean counted = ActorChoice.counted(o.entity().span(), counts, text);
        bag.add("counted", t, side, String.valueOf(counted));
        bag.add("countedAny", String.valueOf(counted));
        bag.add("first", t, String.valueOf((firstInSentence(options, o))));
        if (o.first() > 0 && o.first() - 1 < tokens.size()) {
            Token p = tokens.get(o.first() - 1);
            bag.add("prev", t, side, p.norm());
            bag.add("prevAny", p.norm());
        } else {
            bag.add("prev", t, String.valueOf(side + "|^"));
        }
        if (o.first() < tokens.size()) {
            Token m = tokens.get(o.first());
            bag.add("procl", t, side, m.proclitics());
            bag.add("word", t, m.norm());
            bag.add("wordAny", m.norm());
        }
        if (o.end() < tokens.size()) {
            bag.add("next", side, tokens.get(o.end()).norm());
        }
        if (trigger >= 0 && trigger < tokens.size()) {
            Token tr = tokens.get(trigger);
            bag.add("trigProcl", t, side, tr.proclitics());
            if (trigger > 0) {
                bag.add("trigPrev", t, side, tokens.get(trigger - 1).norm());
            }
        }
        return bag.indices();
    }

    /** The same words (the rules may have given them a country inferred from the article). */
    static boolean same(Entity a, Entity b) {
        return a != null && b != null && a.start() == b.start() && a.end() == b.end();
    }

    private static boolean hasBefore(List<ActorOption> options, int trigger) {
        for (ActorOption o : options) {
            if (o.inSentence() && o.end() <= trigger) {
                return true;
            }
        }
        return false;
    }

    private static boolean firstInSentence(List<ActorOption> options, ActorOption o) {
        for (ActorOption x : options) {
            if (x.inSentence()) {
                return x == o;
            }
        }
        return false;
    }

    /** 0 for the side nearest the trigger on its side, 1 for the next, and so on. */
    private static int rank(List<ActorOption> options, ActorOption o, int trigger, boolean before) {
        int r = 0;
        for (ActorOption x : options) {
            if (x == o || !x.inSentence()) {
                continue;
            }
            boolean xb = x.end() <= trigger;
            if (xb == before && (before ? x.end() > o.end() : x.first() < o.first())) {
                r++;
            }
        }
        return Math.min(r, 3);
    }

    /**
     * Words that open reported speech ("قالت الشرطة إن مسلحين هاجموا"): a side before them speaks, the clause
     * after them has its own actor.
     */
    private static final java.util.Set<String> SPEECH = java.util.Set.of("ان", "بان", "انه", "انها", "انهم", "قال",
            "قالت", "اعلن", "اعلنت", "اكد", "اكدت", "ذكر", "ذكرت", "افاد", "افادت", "اضاف", "اضافت", "اوضح", "اوضحت");

    private static boolean speechBetween(List<Token> tokens, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(to, tokens.size()); i++) {
            if (SPEECH.contains(tokens.get(i).norm())) {
                return true;
            }
        }
        return false;
    }

    /** Commas, semicolons, colons and full stops in the gaps between {@code tokens[from]} and {@code tokens[to]}. */
    private static int breaks(String text, List<Token> tokens, int from, int to) {
        int n = 0;
        for (int i = Math.max(0, from); i < Math.min(to, tokens.size() - 1); i++) {
            int a = Math.min(tokens.get(i).end(), text.length());
            int b = Math.min(tokens.get(i + 1).start(), text.length());
            for (int k = a; k < b; k++) {
                char c = text.charAt(k);
                if (c == '\u060C' || c == ',' || c == '\u061B' || c == ';' || c == '.' || c == ':') {
                    n++;
                }
            }
        }
        return n;
    }

    static String bucket(int d) {
        if (d <= 2) {
            return String.valueOf(Math.max(d, 0));
        }
        return d <= 4 ? "3-4" : d <= 8 ? "5-8" : "9+";
    }
}
