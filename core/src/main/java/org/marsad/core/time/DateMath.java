package org.marsad.core.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** Calendar arithmetic relative to a publication date; never throws on impossible dates (they come back empty). */
final class DateMath {
    private DateMath() {
    }

    /** The weekday {@code dow} on or before {@code d} (strictly before when {@code strict}). */
    static LocalDate lastWeekday(LocalDate d, DayOfWeek dow, boolean strict) {
        int back = (d.getDayOfWeek().getValue() - dow.getValue() + 7) % 7;
        return d.minusDays(back == 0 && strict ? 7 : back);
    }

    /** The weekday {@code dow} after {@code d} (on {@code d} too unless {@code strict}). */
    static LocalDate nextWeekday(LocalDate d, DayOfWeek dow, boolean strict) {
        int ahead = (dow.getValue() - d.getDayOfWeek().getValue() + 7) % 7;
        return d.plusDays(ahead == 0 && strict ? 7 : ahead);
    }

    /** The weekday {@code dow} nearest to {@code d} (within three days either way). */
    static LocalDate nearestWeekday(LocalDate d, DayOfWeek dow) {
        int ahead = (dow.getValue() - d.getDayOfWeek().getValue() + 7) % 7;
        return ahead <= 3 ? d.plusDays(ahead) : d.minusDays(7 - ahead);
    }

    /**
     * A day or month named without its year and without الماضي/المقبل is read as past, unless that past one lies
     * more than this many months before publication: then the writer meant the coming one (a date ten months
     * back would have been given its year).
     */
    static final int BARE_PAST_MONTHS = 8;

    /** Day {@code day} of month {@code month}: the latest on or before {@code pub} (past), or the next (future). */
    static Optional<LocalDate> dayOfMonth(LocalDate pub, int month, int day, Direction dir) {
        Optional<LocalDate> d = occurrence(pub, month, day, dir);
        if (dir == Direction.PAST_OR_SAME && d.isPresent()
                && ChronoUnit.MONTHS.between(d.get(), pub) > BARE_PAST_MONTHS) {
            return occurrence(pub, month, day, Direction.FUTURE);
        }
        return d;
    }

    private static Optional<LocalDate> occurrence(LocalDate pub, int month, int day, Direction dir) {
        for (int y = pub.getYear(); Math.abs(y - pub.getYear()) <= 4;
             y += dir.future() ? 1 : -1) {
            Optional<LocalDate> d = date(y, month, day);
            if (d.isPresent() && dir.accepts(d.get().compareTo(pub))) {
                return d;
            }
        }
        return Optional.empty();
    }

    /** Month {@code month}: the latest on or before {@code pub}'s month (past), or the next one (future). */
    static YearMonth month(LocalDate pub, int month, Direction dir) {
        YearMonth p = YearMonth.from(pub);
        YearMonth same = YearMonth.of(pub.getYear(), month);
        int cmp = same.compareTo(p);
        YearMonth m = dir.accepts(cmp) ? same : dir.future() ? same.plusYears(1) : same.minusYears(1);
        if (dir == Direction.PAST_OR_SAME && ChronoUnit.MONTHS.between(m, p) > BARE_PAST_MONTHS) {
            return m.plusYears(1);
        }
        return m;
    }

    /** A valid Gregorian date, or empty. */
    static Optional<LocalDate> date(int y, int m, int d) {
        try {
            return Optional.of(LocalDate.of(y, m, d));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The Gregorian day of a Hijri (Umm al-Qura) date, or empty outside the supported range. */
    static Optional<LocalDate> hijri(int y, int m, int d) {
        try {
            return Optional.of(LocalDate.from(HijrahDate.of(y, m, d)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The Hijri year of {@code pub}, or empty outside the supported range. */
    static Optional<Integer> hijriYear(LocalDate pub) {
        try {
            return Optional.of(HijrahDate.from(pub).get(java.time.temporal.ChronoField.YEAR));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Which occurrence of a named day or month is meant. */
    enum Direction {
        /** On or before publication (the default for news). */
        PAST_OR_SAME,
        /** Strictly before publication ({@code الماضي}). */
        PAST,
        /** On or after publication (future context). */
        FUTURE_OR_SAME,
        /** Strictly after publication ({@code المقبل}). */
        FUTURE;

        boolean future() {
            return this == FUTURE || this == FUTURE_OR_SAME;
        }

        /** Whether a candidate comparing {@code cmp} to publication is acceptable. */
        boolean accepts(int cmp) {
            return switch (this) {
                case PAST_OR_SAME -> cmp <= 0;
                case PAST -> cmp < 0;
                case FUTURE_OR_SAME -> cmp >= 0;
                case FUTURE -> cmp > 0;
            };
        }
    }
}
