package org.marsad.eval.articles;

import java.util.Locale;
import org.marsad.core.text.ArabicNormalizer;
import org.marsad.model.Entity;
import org.marsad.model.DatePrecision;
import org.marsad.model.EventDate;
import org.marsad.model.EventStatus;
import org.marsad.model.EventType;
import org.marsad.model.Location;

/**
 * When one system value counts as right against a gold {@link Choice}. Where the spec is silent the
 * conservative reading is taken: a gold null is right only for an empty system value (no recipient, no date,
 * no place, no count), and a system value is never right against a gold null. The one exception is the actor
 * (and the status, if a gold file leaves it out): a gold null there matches anything.
 */
public final class FieldRules {
    /** The place rule's radius, from the spec. */
    public static final double PLACE_KM = 30.0;
    private static final double EARTH_KM = 6371.0088;
    private static final ArabicNormalizer NORMALIZER = new ArabicNormalizer();

    private FieldRules() {
    }

    public static boolean type(EventType system, Choice<EventType> gold) {
        return system != null && gold.any(system::equals);
    }

    /** Actor for the match test: a null gold actor matches any system actor. */
    public static boolean actor(Entity system, Choice<String> gold) {
        return gold.primary() == null || code(system, gold);
    }

    /** Recipient (and actor against an alt list): first three letters of the codes, or both empty. */
    public static boolean code(Entity system, Choice<String> gold) {
        String sys = system == null ? null : system.code();
        return gold.any(g -> sameStem(sys, g));
    }

    /** Codes agree on their first three letters (the country or organisation stem), case-blind. */
    static boolean sameStem(String system, String gold) {
        if (system == null || system.isBlank() || gold == null) {
            return (system == null || system.isBlank()) && gold == null;
        }
        return stem(system).equals(stem(gold));
    }

    private static String stem(String code) {
        String c = code.trim().toUpperCase(Locale.ROOT);
        return c.length() <= 3 ? c : c.substring(0, 3);
    }

    /**
     * Same day when gold gives a day, same month for {@code YYYY-MM}, same year for {@code YYYY}; a gold null ("the
     * text gives no date") is matched by no date or a date of precision {@code reported} (spec/evaluation.md).
     */
    public static boolean date(EventDate system, Choice<String> gold) {
        String sys = system == null ? null : system.value();
        boolean undated = sys == null || system.precision() == DatePrecision.REPORTED;
        return gold.any(g -> g == null ? undated : sys != null && withinDate(sys, g));
    }

    /** The system date lies inside the gold period; a coarser system date than the gold's is wrong. */
    static boolean withinDate(String system, String gold) {
        return system.startsWith(gold) && (system.length() == gold.length() || system.charAt(gold.length()) == '-');
    }

    /**
     * Within {@value #PLACE_KM} km of a gold place that has coordinates, or the same name after normalisation
     * (as written or the resolved Arabic name) when it has none.
     */
    public static boolean place(Location system, Choice<GoldPlace> gold) {
        return gold.any(g -> g == null ? system == null : system != null && samePlace(system, g));
    }

    private static boolean samePlace(Location system, GoldPlace gold) {
        if (gold.hasCoordinates()) {
            return system.lat() != null && system.lon() != null
                    && km(system.lat(), system.lon(), gold.lat(), gold.lon()) <= PLACE_KM;
        }
        String name = key(gold.name());
        return !name.isEmpty() && (name.equals(key(system.text())) || name.equals(key(system.nameAr())));
    }

    /** The country of the event's place (ISO alpha-2, case-blind); a gold null wants no system country. */
    public static boolean country(Location system, Choice<String> gold) {
        String sys = system == null ? null : system.countryCode();
        return gold.any(g -> g == null ? sys == null : g.equalsIgnoreCase(sys));
    }

    public static boolean dead(Integer system, Choice<Integer> gold) {
        return gold.any(g -> g == null ? system == null : g.equals(system));
    }

    /** Status; a gold file that gives no status at all leaves any status right. */
    public static boolean status(EventStatus system, Choice<EventStatus> gold) {
        if (gold.primary() == null && gold.alternatives().isEmpty()) {
            return true;
        }
        return system != null && gold.any(system::equals);
    }

    /** Great-circle distance in km (haversine, mean Earth radius). */
    public static double km(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /**
     * Text folded for comparison: {@link ArabicNormalizer}, then only letters and digits kept (punctuation,
     * quotes, guillemets and whitespace dropped), lower-cased.
     */
    public static String key(String text) {
        if (text == null) {
            return "";
        }
        String n = NORMALIZER.normalize(text);
        StringBuilder out = new StringBuilder(n.length());
        n.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(out::appendCodePoint);
        return out.toString();
    }
}
