package org.marsad.core.time;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.marsad.core.quantity.FormSet;
import org.marsad.core.quantity.Lexeme;
import org.marsad.core.time.CalendarWords.Type;

/**
 * Which lexemes a date rule can start at, read off what the rules look at first, so {@link DateResolver} tries
 * its eight rules only there (most words of a sentence open none). Read-only once built.
 * <ul>
 * <li>a number: numeric dates, day and month, a bare year;</li>
 * <li>the first word of a calendar entry of a type a rule reads at its start: {@link #STARTS};</li>
 * <li>{@code يوم} (weekday), {@code قبل}/{@code منذ} (spans back), {@code شهر} (month);</li>
 * <li>{@code بين}/{@code من} only before a number (a day range or a day and month).</li>
 * </ul>
 * Modifiers, span units and future cues ({@code الماضي}, {@code أيام}, {@code المقرر}) only continue or qualify
 * a match, so they open nothing.
 */
final class RuleOpeners {
    /**
     * Types read at a rule's first lexeme: PART, DAY (relative days), WEEKDAY, ORDINAL (day of month), QUALIFIER
     * (month, year, period), the month series, YEAR_WORD, MOD_THIS and PERIOD (periods).
     */
    static final Set<Type> STARTS = EnumSet.of(Type.PART, Type.DAY, Type.WEEKDAY, Type.ORDINAL, Type.QUALIFIER,
            Type.MONTH, Type.MONTH_AMBIGUOUS, Type.HIJRI_MONTH, Type.YEAR_WORD, Type.MOD_THIS, Type.PERIOD);
    /** Rule keywords that open on their own. */
    private static final Set<String> ALONE = Set.of("يوم", "قبل", "منذ", "شهر");
    /** Rule keywords that open only before a number ({@code بين 1 و9 سبتمبر}, {@code من 3 مايو}). */
    private static final Set<String> BEFORE_NUMBER = Set.of("بين", "من");

    private static final FormSet BEFORE_NUMBER_SET = new FormSet(BEFORE_NUMBER);
    private final FormSet words;

    RuleOpeners(CalendarWords cal) {
        Set<String> w = new HashSet<>(cal.firstWords(STARTS));
        w.addAll(ALONE);
        this.words = new FormSet(w);
    }

    /** True when some rule may match from lexeme {@code i} on. */
    boolean at(List<Lexeme> t, int i) {
        Lexeme l = t.get(i);
        if (l.isNumber()) {
            return true;
        }
        if (!l.isWord()) {
            return false;
        }
        return l.anyFormIn(words) || i + 1 < t.size() && t.get(i + 1).isNumber() && l.anyFormIn(BEFORE_NUMBER_SET);
    }
}
