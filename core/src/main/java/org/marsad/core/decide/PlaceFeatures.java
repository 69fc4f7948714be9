package org.marsad.core.decide;

import java.util.List;
import org.marsad.core.entity.ActorMention;
import org.marsad.core.text.Token;
import org.marsad.model.Event;
import org.marsad.model.Location;

/**
 * The features of one place as the place of one candidate event, hashed: where it stands from the trigger (side,
 * distance, rank), the word before and after it, whether a locative word introduced it, its kind (country,
 * province, town...), whether it lies inside a side's name ("الجيش السوري"), whether the rules chose it; for
 * {@link PlaceOption#NOWHERE}, the event's type, rule and how many places the sentence names. Deterministic.
 */
public final class PlaceFeatures {
    private final int bits;

    public PlaceFeatures(int bits) {
        this.bits = bits;
    }

    public int bits() {
        return bits;
    }

    public int[] of(Event e, PlaceOption o, List<PlaceOption> options, List<ActorMention> actors, List<Token> tokens,
                    int trigger) {
        HashedBag bag = new HashedBag(bits);
        String t = e.type().name();
        String rule = e.rule() == null ? "-" : e.rule();
        if (o.nowhere()) {
            bag.add("nowhere", t);
            bag.add("nowhereRule", rule);
            bag.add("nowhereRules", t, String.valueOf((e.location() == null)));
            bag.add("nowhereN", t, HashedBag.count(Math.min(options.size() - 1, 4)));
            bag.add("nowhereCounts", t, String.valueOf((e.size().dead() != null || e.size().injured() != null)));
            return bag.indices();
        }
        var m = o.mention();
        Location l = m.location();
        boolean current = e.location() != null && l != null && e.location().start() == l.start()
                && e.location().end() == l.end();
        boolean before = m.endToken() <= trigger;
        String side = before ? "B" : "A";
        int dist = before ? trigger - m.endToken() : m.firstToken() - trigger;
        String kind = kind(l);
        bag.add("cur", t, String.valueOf(current));
        bag.add("curAny", String.valueOf(current));
        bag.add("kind", t, kind);
        bag.add("kindAny", kind);
        bag.add("loc", t, String.valueOf(m.locative()));
        bag.add("side", t, side, String.valueOf(ActorFeatures.bucket(dist)));
        bag.add("sideAny", side, String.valueOf(ActorFeatures.bucket(dist)));
        bag.add("sideKind", side, kind, String.valueOf(m.locative()));
        bag.add("rank", t, side, String.valueOf(rank(options, o, trigger, before)));
        bag.add("inActor", t, String.valueOf(insideActor(m.firstToken(), m.endToken(), actors)));
        bag.add("ruleSide", rule, side);
        bag.add("counts", t, String.valueOf((e.size().dead() != null || e.size().injured() != null)), kind);
        if (m.firstToken() > 0 && m.firstToken() - 1 < tokens.size()) {
            bag.add("prev", t, tokens.get(m.firstToken() - 1).norm());
            bag.add("prevAny", tokens.get(m.firstToken() - 1).norm());
        }
        if (m.firstToken() < tokens.size()) {
            bag.add("procl", tokens.get(m.firstToken()).proclitics());
        }
        if (m.endToken() < tokens.size()) {
            bag.add("next", tokens.get(m.endToken()).norm());
        }
        return bag.indices();
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
