package org.marsad.core.geo;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.marsad.core.text.ArabicNormalizer;
import org.marsad.core.text.Token;
import org.marsad.core.text.WordMemo;
import org.marsad.model.GeoPrecision;
import org.marsad.model.Location;

/**
 * Chooses, among the places a sentence names, the one where an event happened. The nearest place after the
 * trigger wins, else the nearest before it, over the mentions that can place an event:
 * <ul>
 * <li>a place that qualifies a topic noun is the topic's place, not the event's ("هدد بالاستقالة إذا نُفذ
 * وقف إطلاق النار في غزة", "بحثا الوضع في ليبيا"), unless the topic noun is the trigger itself;</li>
 * <li>a bare country or capital (no في، ب، مدينة... before it) stands for its government more often than for
 * a place ("الموالي لأنقرة", "طالبت ليبيا", "التطبيع بين أنقرة ودمشق"), so it places the event only as the
 * trigger's own object, right after it ("زار القاهرة", "قصف دمشق"), and a country not even then.</li>
 * </ul>
 * Stateless; thread-safe.
 */
public final class EventPlaces {
    /** Nouns whose place is what they are about: the place after them is no event's place. */
    private static final List<String> TOPICS = List.of("النار", "الوضع", "الأوضاع", "الوضعين", "الأزمة",
            "التهدئة", "الهدنة", "السلام", "التسوية", "الاستقرار", "الصراع", "النزاع", "الملف", "القضية", "الحل",
            "التطورات", "المستجدات", "الانتخابات", "الاستثمار", "الاستثمارات", "الإعمار", "المصالحة", "الحوار",
            "العملية السياسية");
    /** How many tokens after the trigger a bare capital may stand as its object ("زار أمس القاهرة"). */
    static final int OBJECT_WINDOW = 2;
    /** How many tokens may stand between a place and the larger region that qualifies it ("وأطرافها في"). */
    static final int QUALIFIER_GAP = 3;
    /** How many qualifying words may stand between a role noun and its place ("المبعوث الأممي الخاص إلى"). */
    static final int ROLE_WORDS = 4;
    /** Prepositions that may stand between a topic noun and its place (a bare في is outside the mention). */
    private static final Set<String> TOPIC_LINKS = Set.of("في", "فى", "ب", "داخل", "الي", "لدي");

    private static final Set<String> TOPIC_KEYS = normalised(TOPICS);
    /** Words that name a part of a town. */
    private static final Set<String> NEIGHBOURHOOD_KEYS = normalised(List.of("حي", "أحياء", "بحي", "وحي", "حارة"));
    /** How far a neighbourhood may lie from the town named before it. */
    static final double NEIGHBOURHOOD_KM = 15;
    /** Roles whose holder is sent to or based in a place (المبعوث إلى اليمن، السفير في القاهرة، بعثة ... في ليبيا). */
    private static final Set<String> ROLE_KEYS = normalised(List.of("المبعوث", "مبعوث", "السفير", "سفير",
            "السفيرة", "سفيرة", "الممثل", "ممثل", "المنسق", "منسق", "بعثة", "البعثة", "مراسل", "مراسلة"));
    private static final Set<String> CAPITAL_KEYS = normalised(List.of("العاصمة", "عاصمة", "بالعاصمة",
            "والعاصمة"));

    /** The word is a topic noun ({@link #TOPICS}). */
    private static final int TOPIC = 1;
    /** Some topic of two words or more begins with the word and a space. */
    private static final int TOPIC_HEAD = 2;
    private static final int TOPIC_LINK = 4;
    private static final int ROLE = 8;
    private static final int CAPITAL = 16;
    private static final int NEIGHBOURHOOD = 32;
    /** Which of the word lists above hold each word, worked out once per word (the lists are asked per mention). */
    private static final WordMemo<Integer> KINDS = new WordMemo<>(Integer.class, t -> kindsOf(t.norm()));

    private EventPlaces() {
    }

    private static int kindsOf(String norm) {
        int kinds = 0;
        kinds |= TOPIC_KEYS.contains(norm) ? TOPIC : 0;
        for (String key : TOPIC_KEYS) {
            kinds |= key.startsWith(norm + " ") ? TOPIC_HEAD : 0;
        }
        kinds |= TOPIC_LINKS.contains(norm) ? TOPIC_LINK : 0;
        kinds |= ROLE_KEYS.contains(norm) ? ROLE : 0;
        kinds |= CAPITAL_KEYS.contains(norm) ? CAPITAL : 0;
        kinds |= NEIGHBOURHOOD_KEYS.contains(norm) ? NEIGHBOURHOOD : 0;
        return kinds;
    }

    /** True when the word at {@code tokens[k]} is in the word list of bit {@code kind}. */
    private static boolean is(List<Token> tokens, int k, int kind) {
        return (KINDS.of(tokens.get(k)) & kind) != 0;
    }

    private static Set<String> normalised(List<String> words) {
        ArabicNormalizer n = new ArabicNormalizer();
        Set<String> out = new HashSet<>();
        for (String w : words) {
            out.add(n.normalize(w));
        }
        return Set.copyOf(out);
    }

    /**
     * The location of the event whose trigger covers tokens {@code [triggerFirst, triggerEnd)} of
     * {@code tokens}, chosen from {@code places} of the same sentence; null when none can place it.
     */
    public static Location choose(List<Token> tokens, List<PlaceMention> places, int triggerFirst, int triggerEnd) {
        Objects.requireNonNull(tokens, "tokens");
        Objects.requireNonNull(places, "places");
        if (triggerFirst < 0 || triggerEnd < triggerFirst) {
            throw new IllegalArgumentException("bad trigger span " + triggerFirst + ".." + triggerEnd);
        }
        PlaceMention after = null;
        PlaceMention before = null;
        for (PlaceMention p : places) {
            if (!canPlace(tokens, p, triggerFirst, triggerEnd) || qualifiesTheOneBefore(places, p)) {
                continue;
            }
            if (p.firstToken() >= triggerEnd && (after == null || p.firstToken() < after.firstToken())) {
                after = p;
            } else if (p.endToken() <= triggerFirst && (before == null || p.endToken() > before.endToken())) {
                before = p;
            }
        }
        PlaceMention p = after != null ? after : before;
        return p == null ? null : neighbourhood(tokens, places, p);
    }

    /**
     * Whether the rules let mention {@code p} place the event whose trigger covers tokens {@code [triggerFirst,
     * triggerEnd)}: it is no topic's place, no bare country or capital outside the trigger's object, and no region
     * that only qualifies the finer place before it ({@link #choose} picks among these).
     */
    public static boolean places(List<Token> tokens, List<PlaceMention> places, PlaceMention p, int triggerFirst,
                                 int triggerEnd) {
        return canPlace(tokens, p, triggerFirst, triggerEnd) && !qualifiesTheOneBefore(places, p);
    }

    /**
     * A neighbourhood (حي) lies inside the town the sentence names before it: "وفي تعز، قتل طفل في حي الروضة"
     * is in Taiz, whatever other الروضة the gazetteer knows. Such a mention resolved away from that town
     * (more than {@value #NEIGHBOURHOOD_KM} km) is placed near the town instead (precision 2); else it stands.
     */
    static Location neighbourhood(List<Token> tokens, List<PlaceMention> places, PlaceMention p) {
        Location l = p.location();
        if (l == null || l.lat() == null || p.firstToken() >= tokens.size()
                || !is(tokens, p.firstToken(), NEIGHBOURHOOD)) {
            return l;
        }
        PlaceMention town = null;
        for (PlaceMention q : places) {
            Location t = q.location();
            if (q.endToken() <= p.firstToken() && t != null && t.lat() != null && t.featureCode() != null
                    && PlaceKind.ofFeatureCode(t.featureCode()) == PlaceKind.CITY && t.precision() == GeoPrecision.TOWN) {
                town = q;
            }
        }
        if (town == null || GreatCircle.km(l.lat(), l.lon(), town.location().lat(), town.location().lon()) <= NEIGHBOURHOOD_KM) {
            return l;
        }
        Location t = town.location();
        return new Location(l.text(), l.start(), l.end(), t.name(), t.nameAr(), t.geonameid(), t.lat(), t.lon(),
                t.countryCode(), t.admin1(), t.featureCode(), GeoPrecision.NEAR);
    }

    /**
     * A country or province named right after a finer place of its own country only says where that place is
     * ("مدينة بنت جبيل وأطرافها في جنوب لبنان"): the finer place stands for both.
     */
    static boolean qualifiesTheOneBefore(List<PlaceMention> places, PlaceMention p) {
        if (p.location() == null) {
            return false;
        }
        Integer precision = GeoPrecision.code(p.location().precision());
        for (PlaceMention q : places) {
            if (q.location() == null) {
                continue;
            }
            boolean near = q.endToken() <= p.firstToken() && p.firstToken() - q.endToken() <= QUALIFIER_GAP;
            if (near && precision != null && q.location().precision() != null && q.location().precision().code() < precision
                    && precision == 3 && p.location().countryCode() != null
                    && p.location().countryCode().equals(q.location().countryCode())) {
                return true;
            }
        }
        return false;
    }

    static boolean canPlace(List<Token> tokens, PlaceMention p, int triggerFirst, int triggerEnd) {
        int topic = topicBefore(tokens, p.firstToken());
        if (topic >= 0 && (topic < triggerFirst || topic >= triggerEnd)) {
            return false;
        }
        if (p.locative() || capitalNamed(tokens, p.firstToken())) {
            return true;
        }
        Location l = p.location();
        if (l == null) {
            return true; // lenient: a mention the finder could not resolve is still a place as written
        }
        boolean country = l.featureCode() != null && PlaceKind.ofFeatureCode(l.featureCode()) == PlaceKind.COUNTRY;
        boolean capital = "PPLC".equals(l.featureCode());
        if (country) {
            return false;
        }
        return !capital || p.firstToken() >= triggerEnd && p.firstToken() - triggerEnd <= OBJECT_WINDOW;
    }

    /** "العاصمة الليبية طرابلس", "عاصمة البلاد مقديشو": a capital introduced as a city is a place. */
    private static boolean capitalNamed(List<Token> tokens, int first) {
        for (int k = first - 1; k >= 0 && k >= first - 3 && k < tokens.size(); k--) {
            if (is(tokens, k, CAPITAL)) {
                return true;
            }
        }
        return false;
    }

    /** The index of a topic noun right before the mention (a preposition between allowed), or -1. */
    private static int topicBefore(List<Token> tokens, int first) {
        int k = first - 1;
        boolean linked = k >= 0 && k < tokens.size() && is(tokens, k, TOPIC_LINK);
        if (linked) {
            k--;
        }
        if (k < 0 || k >= tokens.size()) {
            return -1;
        }
        if (is(tokens, k, TOPIC) || k > 0 && is(tokens, k - 1, TOPIC_HEAD)
                && TOPIC_KEYS.contains(tokens.get(k - 1).norm() + " " + tokens.get(k).norm())) {
            return k;
        }
        for (int r = k; linked && r >= 0 && r > k - ROLE_WORDS; r--) {
            if (is(tokens, r, ROLE)) {
                return r; // المبعوث الأممي إلى اليمن: the envoy's country, not where the event happens
            }
            if (!tokens.get(r).definite() && !is(tokens, r, ROLE)) {
                break;
            }
        }
        return -1;
    }
}
