package org.marsad.core.decide;

import java.util.List;
import org.marsad.core.text.Token;
import org.marsad.core.text.WordMemo;
import org.marsad.model.Entity;
import org.marsad.model.Event;
import org.marsad.model.EventType;
import org.marsad.model.Span;

/**
 * The features of one side as the actor of one candidate event, hashed into {@code 2^bits} slots: where it stands
 * from the trigger (side, distance, rank, clause breaks between), the word and clitic before it, its sector and
 * first word, whether the rules chose it as actor or recipient or carried it from an earlier sentence, and the
 * trigger's rule and clitic; most conjoined with the event's type. Deterministic.
 */
public final class ActorFeatures {
    private static final FeatureHash.Kind NOBODY = new FeatureHash.Kind("nobody");
    private static final FeatureHash.Kind NOBODY_RULES = new FeatureHash.Kind("nobodyRules");
    private static final FeatureHash.Kind NOBODY_OPTS = new FeatureHash.Kind("nobodyOpts");
    private static final FeatureHash.Kind NOBODY_BEFORE = new FeatureHash.Kind("nobodyBefore");
    private static final FeatureHash.Kind NOBODY_RULE = new FeatureHash.Kind("nobodyRule");
    private static final FeatureHash.Kind CUR = new FeatureHash.Kind("cur");
    private static final FeatureHash.Kind CUR_ANY = new FeatureHash.Kind("curAny");
    private static final FeatureHash.Kind REC = new FeatureHash.Kind("rec");
    private static final FeatureHash.Kind CUR_REC = new FeatureHash.Kind("curRec");
    private static final FeatureHash.Kind SECTOR = new FeatureHash.Kind("sector");
    private static final FeatureHash.Kind COUNTRY = new FeatureHash.Kind("country");
    private static final FeatureHash.Kind N_OPTS = new FeatureHash.Kind("nOpts");
    private static final FeatureHash.Kind CARRIED = new FeatureHash.Kind("carried");
    private static final FeatureHash.Kind CARRIED_RULE = new FeatureHash.Kind("carriedRule");
    private static final FeatureHash.Kind SIDE = new FeatureHash.Kind("side");
    private static final FeatureHash.Kind SIDE_DIST = new FeatureHash.Kind("sideDist");
    private static final FeatureHash.Kind SIDE_DIST_ANY = new FeatureHash.Kind("sideDistAny");
    private static final FeatureHash.Kind RANK = new FeatureHash.Kind("rank");
    private static final FeatureHash.Kind BREAKS = new FeatureHash.Kind("breaks");
    private static final FeatureHash.Kind SPEECH = new FeatureHash.Kind("speech");
    private static final FeatureHash.Kind SPEECH_ANY = new FeatureHash.Kind("speechAny");
    private static final FeatureHash.Kind RULE_SIDE = new FeatureHash.Kind("ruleSide");
    private static final FeatureHash.Kind SIDE_SECTOR = new FeatureHash.Kind("sideSector");
    private static final FeatureHash.Kind CUR_SIDE = new FeatureHash.Kind("curSide");
    private static final FeatureHash.Kind COUNTED = new FeatureHash.Kind("counted");
    private static final FeatureHash.Kind COUNTED_ANY = new FeatureHash.Kind("countedAny");
    private static final FeatureHash.Kind FIRST = new FeatureHash.Kind("first");
    private static final FeatureHash.Kind PREV = new FeatureHash.Kind("prev");
    private static final FeatureHash.Kind PREV_ANY = new FeatureHash.Kind("prevAny");
    private static final FeatureHash.Kind PROCL = new FeatureHash.Kind("procl");
    private static final FeatureHash.Kind WORD = new FeatureHash.Kind("word");
    private static final FeatureHash.Kind WORD_ANY = new FeatureHash.Kind("wordAny");
    private static final FeatureHash.Kind NEXT = new FeatureHash.Kind("next");
    private static final FeatureHash.Kind TRIG_PROCL = new FeatureHash.Kind("trigProcl");
    private static final FeatureHash.Kind TRIG_PREV = new FeatureHash.Kind("trigPrev");

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
        HashedBag bag = bag();
        fill(bag, e, o, options, text, tokens, trigger, counts);
        return bag.indices();
    }

    /** {@code model}'s log-odds for the features of {@link #of}, read into {@code bag} (emptied first). */
    double logOdds(LinearModel model, HashedBag bag, Event e, ActorOption o, List<ActorOption> options, String text,
                   List<Token> tokens, int trigger, List<Span> counts) {
        fill(bag.clear(), e, o, options, text, tokens, trigger, counts);
        return bag.logOdds(model);
    }

    /** A bag for {@link #logOdds}, to reuse over one candidate's options. */
    HashedBag bag() {
        return new HashedBag(bits);
    }

    private void fill(HashedBag bag, Event e, ActorOption o, List<ActorOption> options, String text,
                      List<Token> tokens, int trigger, List<Span> counts) {
        EventType type = e.type();
        if (o.nobody()) {
            bag.add(NOBODY, type);
            bag.add(NOBODY_RULES, type, String.valueOf((e.actor() == null)));
            bag.add(NOBODY_OPTS, type, HashedBag.count(Math.min(options.size() - 1, 4)));
            bag.add(NOBODY_BEFORE, type, String.valueOf(hasBefore(options, trigger)));
            bag.add(NOBODY_RULE, e.rule() == null ? "-" : e.rule());
            return;
        }
        boolean current = same(o.entity(), e.actor());
        boolean recipient = same(o.entity(), e.recipient());
        String sector = String.valueOf(o.entity().sector());
        String country = o.entity().country() == null ? "none" : "some";
        bag.add(CUR, type, String.valueOf(current));
        bag.add(CUR_ANY, String.valueOf(current));
        bag.add(REC, type, String.valueOf(recipient));
        bag.add(CUR_REC, String.valueOf(current), String.valueOf(recipient));
        bag.add(SECTOR, type, sector);
        bag.add(COUNTRY, type, country);
        bag.add(N_OPTS, type, HashedBag.count(Math.min(options.size(), 5)));
        String rule = e.rule() == null ? "-" : e.rule();
        if (!o.inSentence()) {
            bag.add(CARRIED, type, String.valueOf(hasBefore(options, trigger)));
            bag.add(CARRIED_RULE, rule);
            return;
        }
        boolean before = o.end() <= trigger;
        String side = before ? "B" : "A";
        int dist = before ? trigger - o.end() : o.first() - trigger;
        String d = bucket(dist);
        int rank = rank(options, o, trigger, before);
        int breaks = breaks(text, tokens, before ? o.end() - 1 : trigger, before ? trigger : o.first());
        bag.add(SIDE, type, side);
        bag.add(SIDE_DIST, type, side, d);
        bag.add(SIDE_DIST_ANY, side, d);
        bag.add(RANK, type, side, HashedBag.count(rank));
        bag.add(BREAKS, type, side, HashedBag.count(Math.min(breaks, 2)));
        boolean speech = speechBetween(tokens, before ? o.end() : trigger + 1, before ? trigger : o.first());
        bag.add(SPEECH, type, side, String.valueOf(speech));
        bag.add(SPEECH_ANY, side, String.valueOf(speech));
        bag.add(RULE_SIDE, rule, side, HashedBag.count(Math.min(rank, 2)));
        bag.add(SIDE_SECTOR, type, side, sector);
        bag.add(CUR_SIDE, String.valueOf(current), side);
        boolean counted = ActorChoice.counted(o.entity().span(), counts, text);
        bag.add(COUNTED, type, side, String.valueOf(counted));
        bag.add(COUNTED_ANY, String.valueOf(counted));
        bag.add(FIRST, type, String.valueOf((firstInSentence(options, o))));
        if (o.first() > 0 && o.first() - 1 < tokens.size()) {
            Token p = tokens.get(o.first() - 1);
            bag.add(PREV, type, side, p.norm());
            bag.add(PREV_ANY, p.norm());
        } else {
            bag.add(PREV, type, String.valueOf(side + "|^"));
        }
        if (o.first() < tokens.size()) {
            Token m = tokens.get(o.first());
            bag.add(PROCL, type, side, m.proclitics());
            bag.add(WORD, type, m.norm());
            bag.add(WORD_ANY, m.norm());
        }
        if (o.end() < tokens.size()) {
            bag.add(NEXT, side, tokens.get(o.end()).norm());
        }
        if (trigger >= 0 && trigger < tokens.size()) {
            Token tr = tokens.get(trigger);
            bag.add(TRIG_PROCL, type, side, tr.proclitics());
            if (trigger > 0) {
                bag.add(TRIG_PREV, type, side, tokens.get(trigger - 1).norm());
            }
        }
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
    private static final java.util.Set<String> SPEECH_WORDS = java.util.Set.of("ان", "بان", "انه", "انها", "انهم", "قال",
            "قالت", "اعلن", "اعلنت", "اكد", "اكدت", "ذكر", "ذكرت", "افاد", "افادت", "اضاف", "اضافت", "اوضح", "اوضحت");

    /** Whether a word is one of {@link #SPEECH_WORDS}, worked out once per word. */
    private static final WordMemo<Boolean> OPENS_SPEECH = new WordMemo<>(Boolean.class,
            t -> SPEECH_WORDS.contains(t.norm()));

    private static boolean speechBetween(List<Token> tokens, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(to, tokens.size()); i++) {
            if (OPENS_SPEECH.of(tokens.get(i))) {
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
