package org.marsad.core.time;

import java.time.LocalDate;
import org.marsad.model.DatePrecision;

/**
 * A resolved date: {@code date} is the day, or the first day of the month or year at coarser precision, or for
 * {@code WEEK} a day of that week (relative weeks: the same weekday one week away from publication).
 * {@code until} is the range end, equal to {@code date} for single dates.
 */
record Resolved(LocalDate date, DatePrecision precision, LocalDate until) {
    Resolved(LocalDate date, DatePrecision precision) {
        this(date, precision, date);
    }

    /** The ISO value at this precision: {@code 2025-03-12}, {@code 2025-03} or {@code 2025}. */
    static String value(LocalDate d, DatePrecision p) {
        return switch (p) {
            case DAY, WEEK -> d.toString();
            case MONTH -> d.toString().substring(0, 7);
            case YEAR -> String.valueOf(d.getYear());
            case REPORTED -> d.toString();
            case UNKNOWN -> throw new IllegalArgumentException("an unknown date has no value");
        };
    }
}
