package org.marsad.model;

/**
 * A place as written and as resolved. {@code precision} is ACLED's geo precision ({@link GeoPrecision}:
 * 1 the town itself, 2 near a town or part of a district, 3 a larger region).
 */
public record Location(String text, int start, int end, String name, String nameAr, Long geonameid,
                       Double lat, Double lon, String countryCode, String admin1, String featureCode,
                       GeoPrecision precision) {
    public Span span() {
        return new Span(start, end);
    }
}
