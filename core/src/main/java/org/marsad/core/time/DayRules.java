package org.marsad.core.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.marsad.core.lex.Lexeme;
import org.marsad.core.lex.NumberPhrase;
import org.marsad.core.lex.NumberWords;
import org.marsad.core.time.CalendarWords.Hit;
import org.marsad.core.time.CalendarWords.Type;
import org.marsad.model.DatePrecision;

/**
 * Date expressions built on days: numeric dates ({@code 13-5-2025}, {@code 2025/05/13}), relative days
 * ({@code أمس}, {@code فجر اليوم}, {@code أمس الأربعاء}), weekdays ({@code السبت}, {@code يوم الأحد المقبل}) and
 * spans back ({@code قبل يومين}, {@code منذ ثلاثة أسابيع}).
 */
final class DayRules {
    private final CalendarWords cal;
    private final NumberWords numbers;
    private final MonthRules months;

    DayRules(CalendarWords cal, NumberWords numbers, MonthRules months) {
        this.cal = cal;
        this.numbers = numbers;
        this.months = months;
    }

    /** {@code 13-5-2025}, {@code 13/5/2025}, {@code 2025/05/13}, {@code 13.5.2025}: day first unless impossible. */
    Found numeric(List<Lexeme> t, int i) {
        if (i + 4 >= t.size() || !t.get(i).isNumber()) {
            return null;
        }
        Lexeme sep = t.get(i + 1);
        boolean shape = sep.kind() == Lexeme.Kind.PUNCT && "-/.".contains(sep.text()) && t.get(i + 3).isPunct(sep.text().charAt(0))
                && t.get(i + 2).isNumber() && t.get(i + 4).isNumber();
        for (int k = i; shape && k < i + 4; k++) {
            shape = t.get(k).end() == t.get(k + 1).start();
        }
        if (!shape) {
            return null;
        }
        long a = t.get(i).digitValue();
        long b = t.get(i + 2).digitValue();
        long c = t.get(i + 4).digitValue();
        Optional<LocalDate> d;
        if (t.get(i).text().length() == 4) {
            d = plausible(a, b, c);
        } else if (t.get(i + 4).text().length() == 4) {
            d = b > 12 && a <= 12 ? plausible(c, a, b) : plausible(c, b, a);
        } else {
            return null;
        }
        return d.map(x -> new Found(i, i + 5, (pub, fut) -> Optional.of(new Resolved(x, DatePrecision.DAY)),
                TimeCue.NONE, false)).orElse(null);
    }

    private static Optional<LocalDate> plausible(long y, long m, long d) {
        return y < 1900 || y > 2100 || m > 12 || d > 31 ? Optional.empty() : DateMath.date((int) y, (int) m, (int) d);
    }

    /** {@code أمس}, {@code اليوم الخميس}, {@code مساء أمس}, {@code فجر اليوم}, {@code الليلة الماضية}, {@code غداً}. */
    Found relativeDay(List<Lexeme> t, int i) {
        Hit part = cal.at(Type.PART, t, i);
        int j = part == null ? i : part.end();
        Hit day = cal.at(Type.DAY, t, j);
        if (day == null) {
            Found inner = part == null ? null : orElse(weekday(t, j), months.dayMonth(t, j));
            return inner == null ? null : inner.from(i);
        }
        if (day.value() == 0 && day.end() < t.size() && notToday(t, day.end())) {
            return null;
        }
        Hit wd = weekdayName(t, day.end());
        int end = wd == null ? day.end() : wd.end();
        Found exact = months.dayMonth(t, end);
        if (exact != null) {
            return exact.from(i);
        }
        int offset = day.value();
        DayOfWeek dow = wd == null ? null : DayOfWeek.of(wd.value());
        Found.Rule rule = (pub, fut) -> {
            if (pub == null) {
                return Optional.empty();
            }
            LocalDate d = pub.plusDays(offset);
            return Optional.of(new Resolved(dow == null ? d : DateMath.nearestWeekday(d, dow), DatePrecision.DAY));
        };
        TimeCue cue = offset < 0 ? TimeCue.PAST : offset > 0 ? TimeCue.FUTURE : TimeCue.PRESENT;
        return new Found(i, end, rule, cue, false);
    }

    /** Adjectives that make {@code اليوم} some other day ({@code اليوم التالي}, {@code اليوم العالمي}). */
    private static final java.util.Set<String> OTHER_DAY = java.util.Set.of("التالي", "نفسه", "ذاته", "العالمي",
            "الدولي", "الوطني", "الاخير", "السابق", "الطويل", "الموعود", "المشهود", "الختامي");

    /** {@code اليوم} followed by an ordinal or one of {@link #OTHER_DAY} is not the publication day. */
    private boolean notToday(List<Lexeme> t, int k) {
        if (!t.get(k - 1).text().endsWith("يوم") && !t.get(k - 1).is("الليله")) {
            return false;
        }
        Lexeme next = t.get(k);
        for (String f : next.forms()) {
            if (OTHER_DAY.contains(f)) {
                return true;
            }
        }
        return cal.at(Type.ORDINAL, t, k) != null;
    }

    /** {@code السبت}, {@code يوم الأحد المقبل}, {@code الجمعة الماضية}, {@code الأحد 13 فبراير}. */
    Found weekday(List<Lexeme> t, int i) {
        boolean yawm = i < t.size() && t.get(i).is("يوم");
        int j = yawm ? i + 1 : i;
        Hit wd = yawm ? cal.at(Type.WEEKDAY, t, j) : weekdayName(t, j);
        if (wd == null || wd.value() == 1 && notMonday(t, j) || wd.value() == 7 && eleven(t, wd.end())) {
            return null;
        }
        Hit mod = cal.any(t, wd.end(), Type.MOD_PAST, Type.MOD_NEXT);
        int end = mod == null ? wd.end() : mod.end();
        int k = end < t.size() && (t.get(end).isPunct('،') || t.get(end).isPunct(',')) ? end + 1 : end;
        Found exact = months.dayMonth(t, k);
        if (exact != null) {
            return exact.from(i);
        }
        DayOfWeek dow = DayOfWeek.of(wd.value());
        Type m = mod == null ? null : mod.type();
        Found.Rule rule = (pub, fut) -> pub == null ? Optional.empty()
                : Optional.of(new Resolved(weekdayDate(pub, dow, m, fut), DatePrecision.DAY));
        TimeCue cue = m == Type.MOD_PAST ? TimeCue.PAST : m == Type.MOD_NEXT ? TimeCue.FUTURE : TimeCue.NONE;
        return new Found(i, end, rule, cue, mod == null);
    }

    private static LocalDate weekdayDate(LocalDate pub, DayOfWeek dow, Type mod, boolean future) {
        if (mod == Type.MOD_PAST) {
            return DateMath.lastWeekday(pub, dow, true);
        }
        if (mod == Type.MOD_NEXT || future) {
            return DateMath.nextWeekday(pub, dow, true);
        }
        return DateMath.lastWeekday(pub, dow, false);
    }

    /** A weekday written with its article ({@code الخميس}, {@code والسبت}); bare forms need {@code يوم}. */
    private Hit weekdayName(List<Lexeme> t, int j) {
        Hit wd = cal.at(Type.WEEKDAY, t, j);
        if (wd == null) {
            return null;
        }
        for (String f : t.get(j).forms()) {
            if (f.startsWith("ال") && cal.has(Type.WEEKDAY, f)) {
                return wd;
            }
        }
        return null;
    }

    /** {@code الاثنين} is "the two" in {@code بين الاثنين}, {@code الاثنين منهم}, {@code الاثنين معاً}. */
    private static boolean notMonday(List<Lexeme> t, int j) {
        Lexeme prev = j > 0 ? t.get(j - 1) : null;
        Lexeme next = j + 1 < t.size() ? t.get(j + 1) : null;
        return prev != null && (prev.is("بين") || prev.is("كلا") || prev.is("هذين") || prev.is("هذان"))
                || next != null && (next.is("من") || next.is("منهم") || next.is("معا") || next.is("منهما"));
    }

    /** {@code الأحد عشر} is "the eleven". */
    private static boolean eleven(List<Lexeme> t, int k) {
        return k < t.size() && (t.get(k).is("عشر") || t.get(k).is("عشره"));
    }

    /** {@code قبل يومين}, {@code قبل ثلاثة أيام}, {@code منذ أسبوعين}, {@code قبل شهر}, {@code منذ عامين}. */
    Found ago(List<Lexeme> t, int i) {
        if (i + 1 >= t.size() || !(t.get(i).is("قبل") || t.get(i).is("منذ"))) {
            return null;
        }
        Hit unit = span(t, i + 1);
        long n;
        if (unit != null && unit.value() > 0) {
            n = unit.value();
        } else {
            Optional<NumberPhrase> p = numbers.parse(t, i + 1);
            unit = p.isEmpty() || p.get().approximate() ? null : span(t, p.get().to());
            if (unit == null || p.get().value() > (unit.type() == Type.SPAN_DAY ? 5000 : 150)) {
                return null;
            }
            n = p.get().value();
        }
        if (unit.end() < t.size() && t.get(unit.end()).isNumber()) {
            return null; // منذ عام 1991: a year, not a span back
        }
        ChronoUnit u = switch (unit.type()) {
            case SPAN_WEEK -> ChronoUnit.WEEKS;
            case SPAN_MONTH -> ChronoUnit.MONTHS;
            case SPAN_YEAR -> ChronoUnit.YEARS;
            default -> ChronoUnit.DAYS;
        };
        DatePrecision precision = switch (u) {
            case WEEKS -> DatePrecision.WEEK;
            case MONTHS -> DatePrecision.MONTH;
            case YEARS -> DatePrecision.YEAR;
            default -> DatePrecision.DAY;
        };
        long back = n;
        Found.Rule rule = (pub, fut) -> pub == null ? Optional.empty()
                : Optional.of(new Resolved(pub.minus(back, u), precision));
        return new Found(i, unit.end(), rule, TimeCue.PAST, false);
    }

    private Hit span(List<Lexeme> t, int k) {
        return cal.any(t, k, Type.SPAN_DAY, Type.SPAN_WEEK, Type.SPAN_MONTH, Type.SPAN_YEAR);
    }

    private static Found orElse(Found a, Found b) {
        return a != null ? a : b;
    }
}
