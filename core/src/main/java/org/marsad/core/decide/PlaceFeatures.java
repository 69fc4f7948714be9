package org.marsad.core.decide;

import java.util.List;
import org.marsad.core.entity.ActorMention;
import org.marsad.core.text.Token;
import org.marsad.model.Event;
import org.marsad.model.EventType;
import org.marsad.model.Location;

/**
 * The features of one place as the place of one candidate event, hashed: where it stands from the trigger (side,
 * distance, rank), the word before and after it, whether a locative word introduced it, its kind (country,
 * province, town...), whether it lies inside a side's name ("الجيش السوري"), whether the rules chose it and whether
 * they could ({@link PlaceOption#placing}); for
 * {@link PlaceOption#NOWHERE}, the event's type, rule and how many places the sentence names. Deterministic.
 */
public final class PlaceFeatures {
    private static final FeatureHash.Kind NOWHERE = new FeatureHash.Kind("nowhere");
    private static final FeatureHash.Kind NOWHERE_RULE = new FeatureHash.Kind("nowhereRule");
    private static final FeatureHash.Kind NOWHERE_RULES = new FeatureHash.Kind("nowhereRules");
    private static final FeatureHash.Kind NOWHERE_N = new FeatureHash.Kind("nowhereN");
    private static final FeatureHash.Kind NOWHERE_COUNTS = new FeatureHash.Kind("nowhereCounts");
    private static final FeatureHash.Kind CUR = new FeatureHash.Kind("cur");
    private static final FeatureHash.Kind CUR_ANY = new FeatureHash.Kind("curAny");
    private static final FeatureHash.Kind KIND = new FeatureHash.Kind("kind");
    private static final FeatureHash.Kind KIND_ANY = new FeatureHash.Kind("kindAny");
    private static final FeatureHash.Kind LOC = new FeatureHash.Kind("loc");
    private static final FeatureHash.Kind SIDE = new FeatureHash.Kind("side");
    private static final FeatureHash.Kind SIDE_ANY = new FeatureHash.Kind("sideAny");
    private static final FeatureHash.Kind SIDE_KIND = new FeatureHash.Kind("sideKind");
    private static final FeatureHash.Kind RANK = new FeatureHash.Kind("rank");
    private static final FeatureHash.Kind IN_ACTOR = new FeatureHash.Kind("inActor");
    private static final FeatureHash.Kind RULE_SIDE = new FeatureHash.Kind("ruleSide");
    private static final FeatureHash.Kind COUNTS = new FeatureHash.Kind("counts");
    private static final FeatureHash.Kind PREV = new FeatureHash.Kind("prev");
    private static final FeatureHash.Kind PREV_ANY = new FeatureHash.Kind("prevAny");
    private static final FeatureHash.Kind PROCL = new FeatureHash.Kind("procl");
    private static final FeatureHash.Kind NEXT = new FeatureHash.Kind("next");
    private static final FeatureHash.Kind PLACING = new FeatureHash.Kind("placing");
    private static final FeatureHash.Kind PLACING_KIND = new FeatureHash.Kind("placingKind");

    private final int bits;

    public PlaceFeatures(int bits) {
        this.bits = bits;
    }

    public int bits() {
        return bits;
    }

    public int[] of(Event e, PlaceOption o, List<PlaceOption> options, List<ActorMention> actors, List<Token> tokens,
                    int trigger) {
        HashedBag bag = bag();
        fill(bag, e, o, options, actors, tokens, trigger);
        return bag.indices();
    }

    /** {@code model}'s log-odds for the features of {@link #of}, read into {@code bag} (emptied first). */
    double logOdds(LinearModel model, HashedBag bag, Event e, PlaceOption o, List<PlaceOption> options,
                   List<ActorMention> actors, List<Token> tokens, int trigger) {
        fill(bag.clear(), e, o, options, actors, tokens, trigger);
        return bag.logOdds(model);
    }

    /** A bag for {@link #logOdds}, to reuse over one candidate's options. */
    HashedBag bag() {
        return new HashedBag(bits);
    }

    private void fill(HashedBag bag, Event e, PlaceOption o, List<PlaceOption> options, List<ActorMention> actors,
                      List<Token> tokens, int trigger) {
        EventType type = e.type();
        String rule = e.rule() == null ? "-" : e.rule();
        if (o.nowhere()) {
            bag.add(NOWHERE, type);
            bag.add(NOWHERE_RULE, rule);
            bag.add(NOWHERE_RULES, type, String.valueOf((e.location() == null)));
            bag.add(NOWHERE_N, type, HashedBag.count(Math.min(options.size() - 1, 4)));
            bag.add(NOWHERE_COUNTS, type, String.valueOf((e.size().dead() != null || e.size().injured() != null)));
            return;
        }
        var m = o.mention();
        Location l = m.location();
        boolean current = e.location() != null && l != null && e.location().start() == l.start()
                && e.location().end() == l.end();
        boolean before = m.endToken() <= trigger;
        String side = before ? "B" : "A";
        int dist = before ? trigger - m.endToken() : m.firstToken() - trigger;
        String kind = kind(l);
        bag.add(CUR, type, String.valueOf(current));
        bag.add(CUR_ANY, String.valueOf(current));
        bag.add(KIND, type, kind);
        bag.add(KIND_ANY, kind);
        bag.add(LOC, type, String.valueOf(m.locative()));
        bag.add(PLACING, type, String.valueOf(o.placing()));
        bag.add(PLACING_KIND, kind, String.valueOf(o.placing()));
        bag.add(SIDE, type, side, String.valueOf(ActorFeatures.bucket(dist)));
        bag.add(SIDE_ANY, side, String.valueOf(ActorFeatures.bucket(dist)));
        bag.add(SIDE_KIND, side, kind, String.valueOf(m.locative()));
        bag.add(RANK, type, side, String.valueOf(rank(options, o, trigger, before)));
        bag.add(IN_ACTOR, type, String.valueOf(insideActor(m.firstToken(), m.endToken(), actors)));
        bag.add(RULE_SIDE, rule, side);
        bag.add(COUNTS, type, String.valueOf((e.size().dead() != null || e.size().injured() != null)), kind);
        if (m.firstToken() > 0 && m.firstToken() - 1 < tokens.size()) {
            bag.add(PREV, type, tokens.get(m.firstToken() - 1).norm());
            bag.add(PREV_ANY, tokens.get(m.firstToken() - 1).norm());
        }
        if (m.firstToken() < tokens.size()) {
            bag.add(PROCL, tokens.get(m.firstToken()).proclitics());
        }
        if (m.endToken() < tokens.size()) {
            bag.add(NEXT, tokens.get(m.endToken()).norm());
        }
    }

    /** Country, first-order division, other division, populated place, or other, from the GeoNames feature code. */
    static String kind(Location l) {
        String fc = l == null ? null : l.featureCode();
        if (fc == null) {
            return "none";
        }
        if (fc.startsWith("PCL")) {
            return "country";
        }
        if (fc.equals("ADM1")) {
            return "adm1";
        }
        if (fc.startsWith("ADM")) {
            return "adm";
        }
        if (fc.startsWith("PPLC")) {
            return "capital";
        }
        return fc.startsWith("PPL") ? "town" : "other";
    }

    private static boolean insideActor(int first, int end, List<ActorMention> actors) {
        for (ActorMention a : actors) {
            if (a.firstToken() <= first && end <= a.endToken()) {
                return true;
            }
        }
        return false;
    }

    private static int rank(List<PlaceOption> options, PlaceOption o, int trigger, boolean before) {
        int r = 0;
        for (PlaceOption x : options) {
            if (x == o || x.nowhere()) {
                continue;
            }
            boolean xb = x.mention().endToken() <= trigger;
            if (xb == before && (before ? x.mention().endToken() > o.mention().endToken()
                    : x.mention().firstToken() < o.mention().firstToken())) {
                r++;
            }
        }
        return Math.min(r, 3);
    }
}
