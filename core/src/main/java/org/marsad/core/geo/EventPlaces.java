package org.marsad.core.geo;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.marsad.core.text.ArabicNormalizer;
import org.marsad.core.text.Token;
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
    /** Prepositions that may stand between a topic noun and its place (a bare في is outside the mention). */
    private static final Set<String> TOPIC_LINKS = Set.of("في", "فى", "ب", "داخل");

    private static final Set<String> TOPIC_KEYS = normalised(TOPICS);

    private EventPlaces() {
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
            if (!canPlace(tokens, p, triggerFirst, triggerEnd)) {
                continue;
            }
            if (p.firstToken() >= triggerEnd && (after == null || p.firstToken() < after.firstToken())) {
                after = p;
            } else if (p.endToken() <= triggerFirst && (before == null || p.endToken() > before.endToken())) {
                before = p;
            }
        }
        PlaceMention p = after != null ? after : before;
        return p == null ? null : p.location();
    }

    static boolean canPlace(List<Token> tokens, PlaceMention p, int triggerFirst, int triggerEnd) {
        int topic = topicBefore(tokens, p.firstToken());
        if (topic >= 0 && (topic < triggerFirst || topic >= triggerEnd)) {
            return false;
        }
        if (p.locative()) {
            return true;
        }
        Location l = p.location();
        boolean country = l.featureCode() != null && PlaceKind.ofFeatureCode(l.featureCode()) == PlaceKind.COUNTRY;
        boolean capital = "PPLC".equals(l.featureCode());
        if (country) {
            return false;
        }
        return !capital || p.firstToken() >= triggerEnd && p.firstToken() - triggerEnd <= OBJECT_WINDOW;
    }

    /** The index of a topic noun right before the mention (a preposition between allowed), or -1. */
    private static int topicBefore(List<Token> tokens, int first) {
        int k = first - 1;
        if (k >= 0 && k < tokens.size() && TOPIC_LINKS.contains(tokens.get(k).norm())) {
            k--;
        }
        if (k < 0 || k >= tokens.size()) {
            return -1;
        }
        if (TOPIC_KEYS.contains(tokens.get(k).norm()) || k > 0
                && TOPIC_KEYS.contains(tokens.get(k - 1).norm() + " " + tokens.get(k).norm())) {
            return k;
        }
        return -1;
    }
}
