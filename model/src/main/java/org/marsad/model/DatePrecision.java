package org.marsad.model;

import java.util.Locale;

/**
 * How exactly a resolved date is known. {@code REPORTED}: the text gives no date, so the value is the report's
 * publication day, an upper bound (ACLED's practice: the report date with a wider time precision).
 */
public enum DatePrecision {
    DAY, WEEK, MONTH, YEAR, REPORTED, UNKNOWN;

    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DatePrecision fromJson(String s) {
        return valueOf(s.toUpperCase(Locale.ROOT));
    }
}
