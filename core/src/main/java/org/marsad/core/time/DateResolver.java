package org.marsad.core.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.marsad.core.lex.Lexeme;
import org.marsad.core.lex.NumberWords;
import org.marsad.core.lex.Openers;
import org.marsad.core.lex.SentenceLexemes;
import org.marsad.core.text.ArabicNormalizer;
import org.marsad.core.text.Sentence;
import org.marsad.core.text.WordHint;
import org.marsad.model.DatePrecision;
import org.marsad.model.EventDate;
import org.marsad.model.Span;

/**
 * Finds date expressions in a sentence and resolves them against the publication date. Runs on the normalised
 * sentence (one linear lexing pass; each rule looks a bounded number of words ahead) and maps each span back to
 * the original text. Rules, tried in this order at each word: numeric dates, relative days, weekdays, day and
 * month, month, year, relative periods, spans back ({@link DayRules}, {@link MonthRules}). Without a publication
 * date, relative expressions keep their span with a null value and precision {@code unknown}.
 * Immutable and thread-safe.
 */
public final class DateResolver {
    /** Words that open a rule without being calendar words. */
    private static final Set<String> KEYWORDS = Set.of("يوم", "قبل", "منذ", "بين", "من", "شهر");
    private final ArabicNormalizer normalizer;
    private final DayRules days;
    private final MonthRules months;
    private final FutureCues future;
    private final CalendarWords cal;
    private final RuleOpeners openers;
    /** What opens a rule, for putting a sentence's lexemes together only when one may. */
    private final Openers opening;

    public DateResolver(ArabicNormalizer normalizer) {
        this.normalizer = Objects.requireNonNull(normalizer, "normalizer");
        this.cal = new CalendarWords(normalizer);
        NumberWords numbers = new NumberWords(normalizer);
        this.months = new MonthRules(cal, numbers);
        this.days = new DayRules(cal, numbers, months);
        this.future = new FutureCues(cal);
        this.openers = new RuleOpeners(cal);
        this.opening = new Openers(openers.words());
    }

    public DateResolver() {
        this(new ArabicNormalizer());
    }

    /** Date expressions of the sentence, resolved against {@code published} (null: relative ones stay unknown). */
    /** What a tokenizer's tokens may carry so that a sentence opening nothing here is passed over at once. */
    public WordHint quietHint() {
        return opening.quietHint();
    }

    public List<DateMention> find(String text, Sentence sentence, LocalDate published) {
        List<DateMention> out = new ArrayList<>();
        for (List<Lexeme> t : SentenceLexemes.of(normalizer, text, sentence, opening)) {
            scan(t, text, sentence.end(), published, out);
        }
        return out;
    }

    /** {@code limit}: the sentence's end. */
    private void scan(List<Lexeme> t, String text, int limit, LocalDate published, List<DateMention> out) {
        int i = 0;
        while (i < t.size()) {
            int rules = openers.at(t, i);
            Found f = rules == 0 ? null : match(t, i, rules);
            if (f == null) {
                i++;
            } else {
                if (!quotedName(t, f)) {
                    out.add(mention(text, limit, t, f, published));
                }
                i = f.to();
            }
        }
    }

    /** A day-and-month alone inside guillemets names something ({@code «14 آذار»}, a coalition), it dates nothing. */
    private static boolean quotedName(List<Lexeme> t, Found f) {
        return f.from() > 0 && f.to() < t.size() && t.get(f.from() - 1).isPunct('«') && t.get(f.to()).isPunct('»');
    }

    /** The first of the {@code rules} (bits of {@link RuleOpeners}; the others cannot match here) that matches. */
    private Found match(List<Lexeme> t, int i, int rules) {
        Found f = (rules & RuleOpeners.NUMERIC) != 0 ? days.numeric(t, i) : null;
        f = f == null && (rules & RuleOpeners.RELATIVE_DAY) != 0 ? days.relativeDay(t, i) : f;
        f = f == null && (rules & RuleOpeners.WEEKDAY) != 0 ? days.weekday(t, i) : f;
        f = f == null && (rules & RuleOpeners.DAY_MONTH) != 0 ? months.dayMonth(t, i) : f;
        f = f == null && (rules & RuleOpeners.MONTH) != 0 ? months.month(t, i) : f;
        f = f == null && (rules & RuleOpeners.YEAR) != 0 ? months.year(t, i) : f;
        f = f == null && (rules & RuleOpeners.PERIOD) != 0 ? months.period(t, i) : f;
        return f == null && (rules & RuleOpeners.AGO) != 0 ? days.ago(t, i) : f;
    }

    private DateMention mention(String text, int limit, List<Lexeme> t, Found f, LocalDate published) {
        Lexeme first = t.get(f.from());
        int trim = first.clitics(w -> cal.knowsFirst(w) || KEYWORDS.contains(w));
        Span span = Lexeme.pageSpan(text, first, trim, t.get(f.to() - 1), limit);
        String surface = span.of(text);
        boolean ahead = f.contextual() && future.around(t, f.from(), f.to());
        TimeCue cue = ahead ? TimeCue.FUTURE : f.cue();
        Optional<Resolved> r = f.rule().resolve(published, ahead);
        if (r.isEmpty()) {
            EventDate unknown = new EventDate(null, DatePrecision.UNKNOWN, surface, span.start(), span.end());
            return new DateMention(span, unknown, unknown, cue);
        }
        Resolved v = r.get();
        EventDate date = new EventDate(Resolved.value(v.date(), v.precision()), v.precision(), surface, span.start(), span.end());
        EventDate until = v.until().equals(v.date()) ? date
                : new EventDate(Resolved.value(v.until(), v.precision()), v.precision(), surface, span.start(), span.end());
        return new DateMention(span, date, until, cue);
    }
}
