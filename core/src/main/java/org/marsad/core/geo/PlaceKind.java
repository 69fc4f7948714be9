package org.marsad.core.geo;

/**
 * What a gazetteer entry is, as far as resolution cares. The base precision is ACLED's for a mention of the
 * entry itself: a town is the place (1), a site near a town is near it (2), a region is larger (3).
 */
public enum PlaceKind {
    COUNTRY(3),
    ADMIN1(3),
    CITY(1),
    /** A camp, crossing or landmark placed at the town it belongs to. */
    SITE(2),
    /** A region without its own polygon here, placed at its capital ("إقليم كردستان" at Erbil). */
    REGION(3);

    private final int precision;

    PlaceKind(int precision) {
        this.precision = precision;
    }

    public int precision() {
        return precision;
    }

    /** The kind of a GeoNames feature code. */
    public static PlaceKind ofFeatureCode(String code) {
        return switch (code) {
            case "PCLI", "PCL", "PCLD", "PCLS", "PCLF", "TERR" -> COUNTRY;
            case "ADM1", "ADM1H", "RGN" -> ADMIN1;
            default -> CITY;
        };
    }
}
