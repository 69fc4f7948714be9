package org.marsad.core.time;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.core.lex.FormMarks;
import org.marsad.core.lex.Lexeme;
import org.marsad.core.time.CalendarWords.Type;

/**
 * Which date rules can start at a lexeme, read off what each rule looks at first, so {@link DateResolver} tries
 * only those (most words of a sentence open none; a number opens three of eight). Read-only once built.
 * <ul>
 * <li>a number: numeric dates, day and month, a bare year;</li>
 * <li>the first word of a calendar entry of a type a rule reads at its start ({@link #starts});</li>
 * <li>{@code يوم} (weekday), {@code قبل}/{@code منذ} (spans back), {@code شهر} (month);</li>
 * <li>{@code بين}/{@code من} (day and month) only before a number ({@code بين 1 و9 سبتمبر}).</li>
 * </ul>
 * Modifiers, span units and future cues ({@code الماضي}, {@code أيام}, {@code المقرر}) only continue or qualify
 * a match, so they open nothing.
 */
final class RuleOpeners {
    static final int NUMERIC = 1;
    static final int RELATIVE_DAY = 1 << 1;
    static final int WEEKDAY = 1 << 2;
    static final int DAY_MONTH = 1 << 3;
    static final int MONTH = 1 << 4;
    static final int YEAR = 1 << 5;
    static final int PERIOD = 1 << 6;
    static final int AGO = 1 << 7;

    private static final FormMarks BEFORE_NUMBER = new FormMarks(Map.of("بين", DAY_MONTH, "من", DAY_MONTH));
    private final FormMarks words;

    RuleOpeners(CalendarWords cal) {
        Map<String, Integer> w = new HashMap<>();
        starts().forEach((type, rules) -> cal.firstWords(Set.of(type)).forEach(f -> w.merge(f, rules, (x, y) -> x | y)));
        Map.of("يوم", WEEKDAY, "قبل", AGO, "منذ", AGO, "شهر", MONTH).forEach((f, rules) -> w.merge(f, rules, (x, y) -> x | y));
        this.words = FormMarks.remembered(w);
    }

    /** The calendar types each rule reads at its first lexeme, as the rules that read them. */
    private static Map<Type, Integer> starts() {
        return Map.ofEntries(Map.entry(Type.PART, RELATIVE_DAY), Map.entry(Type.DAY, RELATIVE_DAY),
                Map.entry(Type.WEEKDAY, WEEKDAY), Map.entry(Type.ORDINAL, DAY_MONTH),
                Map.entry(Type.QUALIFIER, MONTH | YEAR | PERIOD), Map.entry(Type.MONTH, MONTH),
                Map.entry(Type.MONTH_AMBIGUOUS, MONTH), Map.entry(Type.HIJRI_MONTH, MONTH),
                Map.entry(Type.YEAR_WORD, YEAR), Map.entry(Type.MOD_THIS, PERIOD), Map.entry(Type.PERIOD, PERIOD));
    }

    /**
     * The words that open a rule anywhere: no rule starts in a sentence whose lexemes hold no number and none of
     * these ({@code بين}/{@code من} open one only before a number).
     */
    FormMarks words() {
        return words;
    }

    /** The rules (bits above) that may match from lexeme {@code i} on; 0 when none can. */
    int at(List<Lexeme> t, int i) {
        Lexeme l = t.get(i);
        if (l.isNumber()) {
            return NUMERIC | DAY_MONTH | YEAR;
        }
        if (!l.isWord()) {
            return 0;
        }
        int rules = l.marksIn(words);
        return i + 1 < t.size() && t.get(i + 1).isNumber() ? rules | l.marksIn(BEFORE_NUMBER) : rules;
    }
}
