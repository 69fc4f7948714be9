package org.marsad.core.time;

import java.util.List;
import org.marsad.core.lex.Lexeme;
import org.marsad.core.time.CalendarWords.Type;

/**
 * Whether the words before a date (up to {@value #BACK} in the same sentence) or just after it (up to
 * {@value #AHEAD}) say it lies ahead: {@code المقرر}, {@code يعتزم}, {@code سوف}, or a verb with the future prefix
 * {@code سـ} ({@code سيعقد}, {@code ستجري}, {@code سنرد}) that is not a noun such as {@code سيارة} or {@code سياسة}.
 */
final class FutureCues {
    static final int BACK = 8;
    static final int AHEAD = 3;
    private final CalendarWords cal;

    FutureCues(CalendarWords cal) {
        this.cal = cal;
    }

    boolean around(List<Lexeme> t, int from, int to) {
        for (int k = from - 1, seen = 0; k >= 0 && seen < BACK && !sentenceEnd(t.get(k)); k--, seen++) {
            if (future(t, k)) {
                return true;
            }
        }
        for (int k = to, seen = 0; k < t.size() && seen < AHEAD && !sentenceEnd(t.get(k)); k++, seen++) {
            if (future(t, k)) {
                return true;
            }
        }
        return false;
    }

    private boolean future(List<Lexeme> t, int k) {
        if (cal.at(Type.FUTURE, t, k) != null) {
            return true;
        }
        Lexeme l = t.get(k);
        if (!l.isWord()) {
            return false;
        }
        String w = l.forms().length > 1 && (l.text().charAt(0) == 'و' || l.text().charAt(0) == 'ف') ? l.forms()[1] : l.text();
        return w.length() >= 5 && w.charAt(0) == 'س' && "يتن".indexOf(w.charAt(1)) >= 0 && !cal.has(Type.NOT_FUTURE, w);
    }

    private static boolean sentenceEnd(Lexeme l) {
        return l.kind() == Lexeme.Kind.PUNCT && ".!?؟;؛".contains(l.text());
    }
}
