package org.marsad.core.geo;

import java.util.Objects;
import java.util.Set;

/**
 * A gazetteer entry. {@code geonameid} is null for entries GeoNames does not number (countries, some admin-1
 * units); {@code admin1} is the English name of the first-level division, or null; {@code population} is 0 when
 * unknown. {@code mena} marks the Middle East and North Africa, where every entry may be matched.
 */
public record Place(String name, String nameAr, Long geonameid, double lat, double lon, String countryCode,
                    String admin1, String featureCode, long population, PlaceKind kind, boolean mena) {
    /** The Arab League's members and Western Sahara: where district seats have Arabic names of their own. */
    private static final Set<String> ARAB = Set.of("DZ", "BH", "KM", "DJ", "EG", "IQ", "JO", "KW",
            "LB", "LY", "MR", "MA", "OM", "PS", "QA", "SA", "SO", "SD", "SY", "TN", "AE", "YE", "EH");

    public Place {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(nameAr, "nameAr");
        Objects.requireNonNull(countryCode, "countryCode");
        Objects.requireNonNull(featureCode, "featureCode");
        Objects.requireNonNull(kind, "kind");
        if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
            throw new IllegalArgumentException("coordinates out of range: " + lat + "," + lon);
        }
    }

    /** A site (camp, crossing) or region of its own name placed at this entry. */
    Place as(PlaceKind kind, String siteName, String siteNameAr) {
        return new Place(siteName, siteNameAr, geonameid, lat, lon, countryCode, admin1, featureCode, population,
                kind, mena);
    }

    /**
     * Important enough to be read without a locative cue: a country, a MENA capital, province, provincial seat or
     * town of 20,000, a district seat of an Arab country; elsewhere a capital of 100,000 or a city of 500,000
     * (smaller ones, and Iranian or Turkish district seats, are often surnames: "بولتون", "ستانلي", "أردان").
     */
    boolean prominent() {
        return switch (kind) {
            case COUNTRY, SITE, REGION -> true;
            case ADMIN1 -> mena;
            case CITY -> population >= 500_000 || (featureCode.equals("PPLC") && (mena || population >= 100_000))
                    || (mena && (featureCode.equals("PPLA") || population >= 20_000))
                    || (featureCode.equals("PPLA2") && ARAB.contains(countryCode));
        };
    }

    /** Ordering when nothing else decides: countries and capitals first, then administrative seats, then size. */
    double rank() {
        double feature = switch (featureCode) {
            case "PCLI" -> 9;
            case "PPLC" -> 8;
            case "PPLA" -> 6;
            case "ADM1" -> mena ? 5 : 2;
            case "PPLA2" -> 4;
            case "PPLA3", "PPL" -> 3;
            default -> 2;
        };
        return feature + Math.log10(population + 1.0);
    }
}
