package org.marsad.model;

/**
 * How exactly an event's place is known, as ACLED codes its {@code geo_precision}: {@link #code} is the number
 * every output writes (JSON {@code location.precision}, ACLED CSV, GeoJSON, Parquet).
 */
public enum GeoPrecision {
    /** 1: the town itself. */
    TOWN(1),
    /** 2: near a town, or part of a district. */
    NEAR(2),
    /** 3: a larger region (a province, a region or a country). */
    REGION(3);

    private final int code;

    GeoPrecision(int code) {
        this.code = code;
    }

    /** ACLED's number: 1, 2 or 3. */
    public int code() {
        return code;
    }

    /** The precision of ACLED's number {@code code} (1, 2 or 3). */
    public static GeoPrecision of(int code) {
        return switch (code) {
            case 1 -> TOWN;
            case 2 -> NEAR;
            case 3 -> REGION;
            default -> throw new IllegalArgumentException("no geo precision " + code + " (1, 2 or 3)");
        };
    }

    /** As {@link #of}, null for null. */
    public static GeoPrecision of(Integer code) {
        return code == null ? null : of(code.intValue());
    }

    /** ACLED's number of {@code p}, or null. */
    public static Integer code(GeoPrecision p) {
        return p == null ? null : p.code;
    }
}
