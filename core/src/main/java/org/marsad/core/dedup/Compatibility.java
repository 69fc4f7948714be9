package org.marsad.core.dedup;

import org.marsad.core.geo.GreatCircle;
import org.marsad.core.geo.PlaceKind;
import org.marsad.model.DatePrecision;
import org.marsad.model.Entity;
import org.marsad.model.Event;
import org.marsad.model.EventDate;
import org.marsad.model.Location;

/**
 * Whether two reports can tell the same happening: every field either unknown on one side or agreeing,
 * and at least one concrete anchor (actor, date or place) shared.
 */
final class Compatibility {
    static final double SAME_PLACE_KM = 25;

    private Compatibility() {
    }

    static boolean sameHappening(Event a, Event b) {
        if (a.type() != b.type() || a.status() != b.status() || a.article() != b.article()) {
            return false;
        }
        boolean roles = entities(a.actor(), b.actor()) && entities(a.recipient(), b.recipient())
                || swapped(a, b);
        if (!roles || !dates(a.date(), b.date()) || !articlePlaces(a.location(), b.location())) {
            return false;
        }
        return anchored(a.actor(), b.actor()) || anchored(a.date(), b.date()) || anchored(a.location(), b.location());
    }

    /** Both sides named in both reports, the other way round ("A met B" / "B and A met"). */
    static boolean swapped(Event a, Event b) {
        return anchored(a.actor(), b.recipient()) && anchored(a.recipient(), b.actor())
                && entities(a.actor(), b.recipient()) && entities(a.recipient(), b.actor());
    }

    /** Unknown on one side, or the same country, with sectors equal or unknown on one side. */
    static boolean entities(Entity x, Entity y) {
        if (x == null || y == null || x.code() == null || y.code() == null) {
            return true;
        }
        if (x.code().equals(y.code())) {
            return true;
        }
        boolean sameCountry = x.country() != null && x.country().equals(y.country());
        return sameCountry && (x.sector() == null || y.sector() == null || x.sector().equals(y.sector()));
    }

    static boolean dates(EventDate x, EventDate y) {
        if (x.value() == null || y.value() == null) {
            return true;
        }
        return x.value().startsWith(y.value()) || y.value().startsWith(x.value());
    }

    /**
     * Places one article may give one happening: {@link #places close or of one name}, a province and a town of it
     * ({@link Areas#nested}), or a country and a place in it: an article that first says "هجوم على بلدة عراقية" (a
     * Syrian town, placed at the country) and then names the town tells one attack. Across articles a country says
     * too little to match a town ({@link ClusterRule#places}); inside one it is the same story told twice.
     */
    static boolean articlePlaces(Location x, Location y) {
        return places(x, y) || Areas.nested(x, y) || inCountry(x, y) || inCountry(y, x);
    }

    /** Whether {@code country} is placed at a whole country and {@code place} lies in it. */
    static boolean inCountry(Location country, Location place) {
        return country != null && place != null && country.featureCode() != null
                && PlaceKind.ofFeatureCode(country.featureCode()) == PlaceKind.COUNTRY
                && country.countryCode() != null && country.countryCode().equals(place.countryCode());
    }

    static boolean places(Location x, Location y) {
        if (x == null || y == null) {
            return true;
        }
        if (x.lat() != null && y.lat() != null) {
            return km(x.lat(), x.lon(), y.lat(), y.lon()) <= SAME_PLACE_KM;
        }
        return x.nameAr() != null && x.nameAr().equals(y.nameAr()) || x.text().equals(y.text());
    }

    private static boolean anchored(Entity x, Entity y) {
        return x != null && y != null && x.code() != null && y.code() != null;
    }

    private static boolean anchored(EventDate x, EventDate y) {
        return x.value() != null && y.value() != null && x.precision() != DatePrecision.UNKNOWN;
    }

    private static boolean anchored(Location x, Location y) {
        return x != null && y != null;
    }

    /** Great-circle distance in kilometres ({@link GreatCircle}). */
    static double km(double lat1, double lon1, double lat2, double lon2) {
        return GreatCircle.km(lat1, lon1, lat2, lon2);
    }
}
