package org.marsad.core.dedup;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.marsad.core.decide.FeatureHash;
import org.marsad.core.decide.HashedBag;
import org.marsad.model.Entity;
import org.marsad.model.Event;
import org.marsad.model.EventDate;
import org.marsad.model.EventType;
import org.marsad.model.Location;

/**
 * The features of one choice of the article's merge ({@link HappeningChoice}): whether a later event of the article
 * ({@code b}) reports the same happening as an earlier one of its type ({@code a}), or a new one. What they compare:
 * how far apart the two are told (one sentence, the words between the triggers, sentences apart), whether {@code a}
 * is the lead (the article's first event of its type), how their dates, places, sides and tolls agree, their
 * triggers' rules, and whether the rules' merge ({@link Compatibility}) would join them; most conjoined with the
 * type. Deterministic; holds no text.
 */
public final class HappeningFeatures {
    private static final FeatureHash.Kind RULES_NEW = new FeatureHash.Kind("rulesNew");
    private static final FeatureHash.Kind RULES_SAME = new FeatureHash.Kind("rulesSame");
    private static final FeatureHash.Kind NEW = new FeatureHash.Kind("new");
    private static final FeatureHash.Kind NEW_N = new FeatureHash.Kind("newN");
    private static final FeatureHash.Kind NEW_COMPAT = new FeatureHash.Kind("newCompat");
    private static final FeatureHash.Kind NEW_SAME_SENT = new FeatureHash.Kind("newSameSent");
    private static final FeatureHash.Kind NEW_RULE = new FeatureHash.Kind("newRule");
    private static final FeatureHash.Kind NEW_DATE = new FeatureHash.Kind("newDate");
    private static final FeatureHash.Kind NEW_DEAD = new FeatureHash.Kind("newDead");
    private static final FeatureHash.Kind SAME_SENT = new FeatureHash.Kind("sameSent");
    private static final FeatureHash.Kind GAP = new FeatureHash.Kind("gap");
    private static final FeatureHash.Kind APART = new FeatureHash.Kind("apart");
    private static final FeatureHash.Kind LEAD = new FeatureHash.Kind("lead");
    private static final FeatureHash.Kind RANK_A = new FeatureHash.Kind("rankA");
    private static final FeatureHash.Kind NEAREST = new FeatureHash.Kind("nearest");
    private static final FeatureHash.Kind COMPAT = new FeatureHash.Kind("compat");
    private static final FeatureHash.Kind COMPAT_SENT = new FeatureHash.Kind("compatSent");
    private static final FeatureHash.Kind STATUS = new FeatureHash.Kind("status");
    private static final FeatureHash.Kind DATE = new FeatureHash.Kind("date");
    private static final FeatureHash.Kind PLACE = new FeatureHash.Kind("place");
    private static final FeatureHash.Kind ACTOR = new FeatureHash.Kind("actor");
    private static final FeatureHash.Kind RECIPIENT = new FeatureHash.Kind("recipient");
    private static final FeatureHash.Kind SIDES = new FeatureHash.Kind("sides");
    private static final FeatureHash.Kind SWAPPED = new FeatureHash.Kind("swapped");
    private static final FeatureHash.Kind DEAD = new FeatureHash.Kind("dead");
    private static final FeatureHash.Kind INJURED = new FeatureHash.Kind("injured");
    private static final FeatureHash.Kind RULES = new FeatureHash.Kind("rules");
    private static final FeatureHash.Kind RULE_B = new FeatureHash.Kind("ruleB");

    private final int bits;

    public HappeningFeatures(int bits) {
        this.bits = bits;
    }

    public int bits() {
        return bits;
    }

    /** A bag to reuse over one event's options. */
    public HashedBag bag() {
        return new HashedBag(bits);
    }

    /**
     * An article's events in text order, the page's text, and for each event its rank among the events of its type,
     * the previous event of its type (-1 for none) and the happening the rules' merge puts it in, worked out once.
     */
    public record Told(List<Event> events, String text, int[] rank, int[] previous, int[] rules, boolean[] rulesNew) {
        public static Told of(List<Event> events, String text) {
            int[] rank = new int[events.size()];
            int[] previous = new int[events.size()];
            Map<EventType, Integer> last = new EnumMap<>(EventType.class);
            for (int i = 0; i < events.size(); i++) {
                Integer p = last.put(events.get(i).type(), i);
                previous[i] = p == null ? -1 : p;
                rank[i] = p == null ? 0 : rank[p] + 1;
            }
            int[] rules = ArticleEventMerger.rulesHappenings(events, text);
            boolean[] rulesNew = new boolean[rules.length];
            int highest = -1;
            for (int i = 0; i < rules.length; i++) {
                rulesNew[i] = rules[i] > highest; // the rules number happenings in the order they first appear
                highest = Math.max(highest, rules[i]);
            }
            return new Told(events, text, rank, previous, rules, rulesNew);
        }
    }

    /**
     * The features of "event {@code b} reports the happening of the earlier event {@code a} of its type", or, for
     * {@code a} = -1, "event {@code b} reports a happening of its own".
     */
    public int[] of(Told told, int a, int b) {
        HashedBag bag = bag();
        fill(bag, told, a, b);
        return bag.indices();
    }

    /** The same features, read into {@code bag} (emptied first). */
    public HashedBag fill(HashedBag bag, Told told, int a, int b) {
        bag.clear();
        List<Event> events = told.events();
        Event later = events.get(b);
        EventType type = later.type();
        if (a < 0) {
            int earlier = 0;
            boolean compatible = false;
            boolean sameSentence = false;
            for (int i = told.previous()[b]; i >= 0 && earlier < HappeningChoice.MAX_BACK; i = told.previous()[i]) {
                Event x = events.get(i);
                earlier++;
                compatible |= Compatibility.sameHappening(x, later);
                sameSentence |= ArticleEventMerger.same(x.sentence(), later.sentence());
            }
            bag.add(NEW, type);
            bag.add(NEW_N, type, HashedBag.count(Math.min(earlier, 4)));
            bag.add(NEW_COMPAT, type, String.valueOf(compatible));
            bag.add(NEW_SAME_SENT, type, String.valueOf(sameSentence));
            bag.add(NEW_RULE, type, family(later.rule()));
            bag.add(NEW_DATE, type, later.date().precision().name());
            bag.add(NEW_DEAD, type, String.valueOf(later.size().dead() != null));
            bag.add(RULES_NEW, type, String.valueOf(told.rulesNew()[b]));
            return bag;
        }
        Event earlier = events.get(a);
        boolean sameSentence = ArticleEventMerger.same(earlier.sentence(), later.sentence());
        bag.add(SAME_SENT, type, String.valueOf(sameSentence));
        if (sameSentence) {
            bag.add(GAP, type, gap(told.text(), earlier, later));
        } else {
            bag.add(APART, type, apart(later.sentence().start() - earlier.sentence().end()));
        }
        bag.add(LEAD, type, String.valueOf(told.rank()[a] == 0));
        bag.add(RANK_A, type, HashedBag.count(Math.min(told.rank()[a], 3)));
        bag.add(NEAREST, type, String.valueOf(told.rank()[b] - told.rank()[a] == 1));
        bag.add(RULES_SAME, type, String.valueOf(told.rules()[a] == told.rules()[b]));
        bag.add(COMPAT, type, String.valueOf(Compatibility.sameHappening(earlier, later)));
        bag.add(COMPAT_SENT, type, String.valueOf(Compatibility.sameHappening(earlier, later)), String.valueOf(sameSentence));
        bag.add(STATUS, type, String.valueOf(earlier.status() == later.status()));
        bag.add(DATE, type, dates(earlier.date(), later.date()));
        bag.add(PLACE, type, places(earlier.location(), later.location()));
        String actors = sides(earlier.actor(), later.actor());
        String recipients = sides(earlier.recipient(), later.recipient());
        bag.add(ACTOR, type, actors);
        bag.add(RECIPIENT, type, recipients);
        bag.add(SIDES, actors, recipients);
        bag.add(SWAPPED, type, String.valueOf(Compatibility.swapped(earlier, later)));
        bag.add(DEAD, type, counts(earlier.size().dead(), later.size().dead()));
        bag.add(INJURED, type, counts(earlier.size().injured(), later.size().injured()));
        bag.add(RULES, type, family(earlier.rule()), family(later.rule()));
        bag.add(RULE_B, type, family(later.rule()));
        return bag;
    }

    /** The trigger's rule family: "ASSAULT/قتل#3" gives "قتل". */
    static String family(String rule) {
        if (rule == null) {
            return "-";
        }
        int slash = rule.indexOf('/');
        int hash = rule.indexOf('#');
        return rule.substring(slash + 1, hash > slash ? hash : rule.length());
    }

    /** Between two triggers of one sentence: how many chars, and whether a clause break stands there. */
    private static String gap(String text, Event x, Event y) {
        int from = Math.min(x.trigger().end(), y.trigger().end());
        int to = Math.max(x.trigger().start(), y.trigger().start());
        if (to <= from) {
            return "touch";
        }
        int breaks = 0;
        for (int k = from; k < Math.min(to, text.length()); k++) {
            char c = text.charAt(k);
            if (c == '\u060C' || c == ',' || c == '\u061B' || c == ';' || c == '.' || c == ':') {
                breaks++;
            }
        }
        int n = to - from;
        String far = n <= 12 ? "near" : n <= 40 ? "mid" : "far";
        return far + (breaks == 0 ? "" : "|break");
    }

    private static String apart(int chars) {
        return chars <= 5 ? "next" : chars <= 300 ? "300" : chars <= 1000 ? "1000" : chars <= 3000 ? "3000" : "more";
    }

    static String dates(EventDate x, EventDate y) {
        if (x.value() == null || y.value() == null) {
            return x.value() == null && y.value() == null ? "none" : "one";
        }
        if (x.value().length() < 10 || y.value().length() < 10) {
            return Compatibility.dates(x, y) ? "coarse" : "coarseApart";
        }
        long d = Math.abs(ChronoUnit.DAYS.between(LocalDate.parse(x.value()), LocalDate.parse(y.value())));
        String p = x.precision() == y.precision() ? "" : "|prec";
        return (d == 0 ? "same" : d == 1 ? "1" : d <= 7 ? "7" : "far") + p;
    }

    static String places(Location x, Location y) {
        if (x == null || y == null) {
            return x == null && y == null ? "none" : "one";
        }
        if (x.lat() == null || y.lat() == null) {
            return Compatibility.places(x, y) ? "name" : "nameApart";
        }
        double km = Compatibility.km(x.lat(), x.lon(), y.lat(), y.lon());
        return km < 1 ? "same" : km <= 25 ? "25" : km <= 100 ? "100" : "far";
    }

    static String sides(Entity x, Entity y) {
        if (x == null || x.code() == null || y == null || y.code() == null) {
            return (x == null || x.code() == null) && (y == null || y.code() == null) ? "none" : "one";
        }
        if (x.code().equals(y.code())) {
            return "same";
        }
        return Compatibility.entities(x, y) ? "compat" : "apart";
    }

    static String counts(Integer x, Integer y) {
        if (x == null || y == null) {
            return x == null && y == null ? "none" : "one";
        }
        return x.equals(y) ? "same" : y > x ? "more" : "fewer";
    }
}
