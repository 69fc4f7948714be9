package org.marsad.core.event;

import java.util.EnumSet;
import java.util.Set;
import org.marsad.core.text.Token;
import org.marsad.model.EventType;

/**
 * A tally over a period: an attack, a protest or an arrest counted or told over weeks, months or years ("قتل نحو
 * 30 فلسطينيا خلال عشرة أيام", "خرجت احتجاجات على مدى الأسابيع الستة الماضية", "توقيف 29 امرأة خلال الأسابيع
 * السابقة") sums many earlier happenings: background, like a toll "since" a start (docs/annotation.md), not a new
 * event. The period must stand in the trigger's clause (no comma or stop between), so "قتل مزارع اليوم، ليرتفع عدد
 * القتلى خلال الأسابيع الماضية إلى 40" keeps the day's killing. Hours and a bare "the last days" are the news
 * period, not a tally ("خلال الساعات الماضية"); days count only with a number of them.
 */
final class PeriodTally {
    /** The kinds of happening a tally sums. */
    static final Set<EventType> TALLIED = EnumSet.of(EventType.ASSAULT, EventType.PROTEST, EventType.COERCE);

    /** Words that open a period: "خلال", "طيلة", "طوال", "(على) مدى", "(على) مدار". */
    static final Set<String> OPENERS = Set.of("خلال", "طيله", "طوال", "مدى", "مدار");

    /** Periods long enough to hold many happenings. */
    static final Set<String> LONG = Set.of("الاسابيع", "اسابيع", "الاشهر", "اشهر", "الشهور", "شهور", "السنوات",
            "سنوات", "الاعوام", "اعوام", "السنين", "سنين", "عقود", "العقود");

    /** Days: a period only with a number of them ("خلال عشرة أيام"). */
    static final Set<String> DAYS = Set.of("الايام", "ايام", "يوما");

    /** How many words after the opener the period word may stand ("خلال الأسابيع الستة", "طيلة 10 أيام"). */
    static final int PERIOD_WIDTH = 3;

    private PeriodTally() {
    }

    /** Whether the trigger's clause tells its happening as a tally over a period. */
    static boolean of(SentenceView v, TriggerHit h) {
        if (!TALLIED.contains(h.rule().type())) {
            return false;
        }
        int from = v.windowStart(h.first(), v.size(), true);
        int to = v.windowEnd(h.end(), v.size(), true);
        for (int i = from; i < to; i++) {
            if (!opener(v.token(i))) {
                continue;
            }
            boolean number = false;
            for (int j = i + 1; j < Math.min(to, i + 1 + PERIOD_WIDTH); j++) {
                Token t = v.token(j);
                String n = stripped(t);
                if (LONG.contains(n) || DAYS.contains(n) && number) {
                    return true;
                }
                number |= t.isNumber() || v.has(j, CueKind.NUMBER);
            }
        }
        return false;
    }

    private static boolean opener(Token t) {
        return OPENERS.contains(stripped(t));
    }

    /** The word without a leading و (the conjunction); the article stays: "الأسابيع" is a period word as written. */
    private static String stripped(Token t) {
        String n = t.norm();
        return n.length() > 3 && n.charAt(0) == 'و' && !OPENERS.contains(n) && !LONG.contains(n) ? n.substring(1) : n;
    }
}
