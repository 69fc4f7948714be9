package org.marsad.model;

/**
 * A resolved date: ISO value ({@code 2024-11-09}, {@code 2024-11}, {@code 2024} or null), its precision,
 * and the expression it was resolved from (null text and offsets when inherited from nothing).
 */
public record EventDate(String value, DatePrecision precision, String text, Integer start, Integer end) {
    public static final EventDate UNKNOWN = new EventDate(null, DatePrecision.UNKNOWN, null, null, null);
}
