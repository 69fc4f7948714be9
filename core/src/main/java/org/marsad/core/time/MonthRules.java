package org.marsad.core.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.marsad.core.lex.Lexeme;
import org.marsad.core.lex.NumberPhrase;
import org.marsad.core.lex.NumberWords;
import org.marsad.core.time.CalendarWords.Hit;
import org.marsad.core.time.CalendarWords.Type;
import org.marsad.core.time.DateMath.Direction;
import org.marsad.model.DatePrecision;

/**
 * Date expressions built on month names and years: {@code 13 فبراير 2025}, {@code بين 1 و9 سبتمبر},
 * {@code 15 رمضان 1446}, {@code يوليو (تموز) الماضي}, {@code أواخر أكتوبر}, {@code عام 2019}, {@code الشهر الماضي}.
 */
final class MonthRules {
    /** A month name of any series ending before lexeme {@code end}. */
    private record MonthName(int month, boolean hijri, boolean ambiguous, int end) {
    }

    /** What follows a month: a year, a relative year ({@code من العام الماضي}) or a direction. */
    private record Tail(int end, Integer year, Integer yearShift, Direction dir, TimeCue cue) {
        boolean support() {
            return year != null || yearShift != null || dir != null;
        }
    }

    private final CalendarWords cal;
    private final NumberWords numbers;

    MonthRules(CalendarWords cal, NumberWords numbers) {
        this.cal = cal;
        this.numbers = numbers;
    }

    /** {@code 13 فبراير [2025|المقبل]}, ranges {@code بين 1 و9 سبتمبر}, Hijri {@code 15 رمضان 1446}. */
    Found dayMonth(List<Lexeme> t, int i) {
        boolean opener = i < t.size() && (t.get(i).is("بين") || t.get(i).is("من"));
        int j = opener ? i + 1 : i;
        Integer d1 = day(t, j);
        if (d1 == null) {
            return opener ? null : ordinalDay(t, i);
        }
        int k = j + 1;
        Integer d2 = null;
        if (k + 1 < t.size() && (t.get(k).text().equals("و") || t.get(k).is("الي") || t.get(k).is("حتي")
                || t.get(k).isPunct('-')) && day(t, k + 1) != null && day(t, k + 1) > d1) {
            d2 = day(t, k + 1);
            k += 2;
        }
        MonthName m = monthAt(t, k);
        if (m == null || opener && d2 == null) {
            return null;
        }
        Tail tail = tail(t, pairing(t, m.end), m.hijri);
        int first = d1;
        int last = d2 == null ? d1 : d2;
        Found.Rule rule = (pub, fut) -> dayRule(m, tail, first, last, pub, fut);
        return new Found(opener ? i : j, tail.end, rule, tail.cue, !tail.support());
    }

    /** {@code الخامس من يونيو}, {@code الحادي والعشرين من مارس 2024}: an ordinal day, من, a month. */
    private Found ordinalDay(List<Lexeme> t, int i) {
        Hit o = cal.at(Type.ORDINAL, t, i);
        if (o == null || o.end() + 1 >= t.size() || !t.get(o.end()).is("من")) {
            return null;
        }
        MonthName m = monthAt(t, o.end() + 1);
        if (m == null) {
            return null;
        }
        Tail tail = tail(t, pairing(t, m.end), m.hijri);
        int d = o.value();
        return new Found(i, tail.end, (pub, fut) -> dayRule(m, tail, d, d, pub, fut), tail.cue, !tail.support());
    }

    private Optional<Resolved> dayRule(MonthName m, Tail tail, int d1, int d2, LocalDate pub, boolean fut) {
        Integer y = year(tail, pub);
        Optional<LocalDate> first;
        if (m.hijri) {
            first = y != null ? DateMath.hijri(y, m.month, d1) : hijriNear(pub, m.month, d1, direction(tail, fut));
        } else if (y != null) {
            first = DateMath.date(y, m.month, d1);
        } else {
            first = pub == null || tail.yearShift != null ? Optional.empty()
                    : DateMath.dayOfMonth(pub, m.month, d1, direction(tail, fut));
        }
        return first.map(f -> new Resolved(f, DatePrecision.DAY, f.plusDays(d2 - d1)));
    }

    private Optional<LocalDate> hijriNear(LocalDate pub, int month, int day, Direction dir) {
        if (pub == null) {
            return Optional.empty();
        }
        Optional<Integer> hy = DateMath.hijriYear(pub);
        if (hy.isEmpty()) {
            return Optional.empty();
        }
        int step = dir.future() ? 1 : -1;
        for (int y = hy.get(); y != hy.get() + 2 * step; y += step) {
            Optional<LocalDate> d = DateMath.hijri(y, month, day);
            if (d.isPresent() && dir.accepts(d.get().compareTo(pub))) {
                return d;
            }
        }
        return Optional.empty();
    }

    /** {@code [أواخر] [شهر] يوليو [(تموز)] [2025|الماضي|من العام الماضي]} at month precision. */
    Found month(List<Lexeme> t, int i) {
        Hit q = cal.at(Type.QUALIFIER, t, i);
        int j = q == null ? i : q.end();
        boolean named = j < t.size() && t.get(j).is("شهر");
        MonthName m = monthAt(t, named ? j + 1 : j);
        if (m == null) {
            return null;
        }
        int paired = pairing(t, m.end);
        Tail tail = tail(t, paired, m.hijri);
        boolean support = q != null || named || paired > m.end || tail.support();
        if (m.ambiguous && !support || m.hijri && tail.year == null) {
            return null;
        }
        Found.Rule rule = (pub, fut) -> monthRule(m, tail, pub, fut);
        return new Found(i, tail.end, rule, tail.cue, !tail.support());
    }

    private Optional<Resolved> monthRule(MonthName m, Tail tail, LocalDate pub, boolean fut) {
        Integer y = year(tail, pub);
        if (m.hijri) {
            return DateMath.hijri(y, m.month, 1).map(d -> new Resolved(d, DatePrecision.MONTH));
        }
        if (y != null) {
            return Optional.of(new Resolved(LocalDate.of(y, m.month, 1), DatePrecision.MONTH));
        }
        if (pub == null || tail.yearShift != null) {
            return Optional.empty();
        }
        YearMonth ym = DateMath.month(pub, m.month, direction(tail, fut));
        return Optional.of(new Resolved(ym.atDay(1), DatePrecision.MONTH));
    }

    /** {@code [مطلع] عام 2019}, {@code عام ألفين وعشرين}, or a bare year after في/منذ/خلال/حتى. */
    Found year(List<Lexeme> t, int i) {
        Hit q = cal.at(Type.QUALIFIER, t, i);
        int j = q == null ? i : q.end();
        Hit word = cal.at(Type.YEAR_WORD, t, j);
        boolean bare = q == null && word == null && i > 0 && isYearPreposition(t.get(i - 1));
        if (word == null && !bare) {
            return null;
        }
        int k = word == null ? j : word.end();
        int end;
        long y;
        if (k < t.size() && t.get(k).isNumber() && t.get(k).text().length() == 4) {
            y = t.get(k).digitValue();
            end = k + 1;
        } else {
            Optional<NumberPhrase> p = word == null ? Optional.empty() : numbers.parse(t, k);
            if (p.isEmpty() || p.get().approximate()) {
                return null;
            }
            y = p.get().value();
            end = p.get().to();
        }
        if (y < 1900 || y > 2100) {
            return null;
        }
        LocalDate d = LocalDate.of((int) y, 1, 1);
        return new Found(i, end, (pub, fut) -> Optional.of(new Resolved(d, DatePrecision.YEAR)), TimeCue.NONE, false);
    }

    /** {@code الأسبوع الماضي}, {@code الشهر المقبل}, {@code هذا العام}, {@code مطلع العام}, {@code منتصف الشهر}. */
    Found period(List<Lexeme> t, int i) {
        Hit q = cal.at(Type.QUALIFIER, t, i);
        int j = q == null ? i : q.end();
        Hit self = cal.at(Type.MOD_THIS, t, j);
        Hit p = cal.at(Type.PERIOD, t, self == null ? j : self.end());
        if (p == null) {
            return null;
        }
        Hit mod = cal.any(t, p.end(), Type.MOD_PAST, Type.MOD_NEXT, Type.MOD_THIS);
        if (q == null && self == null && mod == null) {
            return null;
        }
        int shift = mod == null ? 0 : mod.type() == Type.MOD_PAST ? -1 : mod.type() == Type.MOD_NEXT ? 1 : 0;
        TimeCue cue = shift < 0 ? TimeCue.PAST : shift > 0 ? TimeCue.FUTURE : TimeCue.PRESENT;
        int days = p.value();
        Found.Rule rule = (pub, fut) -> pub == null ? Optional.empty() : Optional.of(periodRule(pub, days, shift));
        return new Found(i, mod == null ? p.end() : mod.end(), rule, cue, false);
    }

    private static Resolved periodRule(LocalDate pub, int days, int shift) {
        if (days == 7) {
            return new Resolved(pub.plusWeeks(shift), DatePrecision.WEEK);
        }
        if (days == 30) {
            return new Resolved(YearMonth.from(pub).plusMonths(shift).atDay(1), DatePrecision.MONTH);
        }
        return new Resolved(LocalDate.of(pub.getYear() + shift, 1, 1), DatePrecision.YEAR);
    }

    private MonthName monthAt(List<Lexeme> t, int k) {
        Hit h = cal.any(t, k, Type.MONTH, Type.MONTH_AMBIGUOUS, Type.HIJRI_MONTH);
        if (h == null) {
            return null;
        }
        return new MonthName(h.value(), h.type() == Type.HIJRI_MONTH, h.type() != Type.MONTH, h.end());
    }

    /** The end of a paired name: {@code يوليو (تموز)}, {@code كانون الثاني/يناير}. */
    private int pairing(List<Lexeme> t, int k) {
        if (k + 1 < t.size() && t.get(k).isPunct('(')) {
            MonthName m = monthAt(t, k + 1);
            if (m != null && m.end < t.size() && t.get(m.end).isPunct(')')) {
                return m.end + 1;
            }
        }
        if (k + 1 < t.size() && (t.get(k).isPunct('/') || t.get(k).isPunct('-'))) {
            MonthName m = monthAt(t, k + 1);
            if (m != null) {
                return m.end;
            }
        }
        return k;
    }

    private Tail tail(List<Lexeme> t, int k, boolean hijri) {
        int j = k < t.size() && (t.get(k).isPunct(',') || t.get(k).isPunct('،')) ? k + 1 : k;
        Hit word = cal.at(Type.YEAR_WORD, t, j < t.size() && t.get(j).is("من") ? j + 1 : j);
        int n = word == null ? j : word.end();
        if (n < t.size() && t.get(n).isNumber() && t.get(n).text().length() == 4) {
            long y = t.get(n).digitValue();
            boolean ok = hijri ? y >= 1300 && y <= 1600 : y >= 1900 && y <= 2100;
            if (ok) {
                int end = n + 1 < t.size() && (t.get(n + 1).text().equals("ه") || t.get(n + 1).text().equals("م")) ? n + 2 : n + 1;
                return new Tail(end, (int) y, null, null, TimeCue.NONE);
            }
        }
        Hit mod = cal.any(t, word == null ? k : word.end(), Type.MOD_PAST, Type.MOD_NEXT, Type.MOD_THIS);
        if (mod == null) {
            return new Tail(k, null, null, null, TimeCue.NONE);
        }
        boolean past = mod.type() == Type.MOD_PAST;
        boolean next = mod.type() == Type.MOD_NEXT;
        TimeCue cue = past ? TimeCue.PAST : next ? TimeCue.FUTURE : TimeCue.PRESENT;
        if (word != null) {
            return new Tail(mod.end(), null, past ? -1 : next ? 1 : 0, null, cue);
        }
        Direction dir = past ? Direction.PAST : next ? Direction.FUTURE : null;
        Hit period = dir == null ? cal.at(Type.PERIOD, t, mod.end()) : null; // يناير هذا العام
        int end = period != null && period.value() == 365 ? period.end() : mod.end();
        return new Tail(end, null, dir == null ? 0 : null, dir, cue);
    }

    private static Integer year(Tail tail, LocalDate pub) {
        if (tail.year != null) {
            return tail.year;
        }
        return tail.yearShift != null && pub != null ? pub.getYear() + tail.yearShift : null;
    }

    private static Direction direction(Tail tail, boolean future) {
        return tail.dir != null ? tail.dir : future ? Direction.FUTURE_OR_SAME : Direction.PAST_OR_SAME;
    }

    private static Integer day(List<Lexeme> t, int k) {
        if (k >= t.size() || !t.get(k).isNumber() || t.get(k).text().length() > 2) {
            return null;
        }
        long d = t.get(k).digitValue();
        return d >= 1 && d <= 31 ? (int) d : null;
    }

    private static boolean isYearPreposition(Lexeme l) {
        return l.is("في") || l.is("منذ") || l.is("خلال") || l.is("حتي") || l.is("قبل") || l.is("بعد");
    }
}
