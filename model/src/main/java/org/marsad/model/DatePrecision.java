package org.marsad.model;

import java.util.Locale;

/** How exactly a resolved date is known. */
public enum DatePrecision {
    DAY, WEEK, MONTH, YEAR, UNKNOWN;

    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DatePrecision fromJson(String s) {
        return valueOf(s.toUpperCase(Locale.ROOT));
    }
}
