package org.marsad.core.quantity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.marsad.core.lex.FormMarks;
import org.marsad.core.lex.Lexeme;
import org.marsad.core.lex.NumberPhrase;
import org.marsad.core.lex.NumberWords;
import org.marsad.core.lex.Openers;
import org.marsad.core.lex.SentenceLexemes;
import org.marsad.core.quantity.CountCues.Role;
import org.marsad.core.text.ArabicNormalizer;
import org.marsad.core.text.Sentence;
import org.marsad.core.text.WordHint;
import org.marsad.model.Span;

/**
 * Finds counts of people dead, injured, arrested or displaced in a sentence. Runs on the normalised sentence
 * (one linear lexing pass, then bounded windows around each number) and maps every span back to the original.
 * A number becomes a count only when a slot is read from its context (see {@link SlotReader}); numbers of years,
 * kilometres, shells, dates, labels ({@code الجولة 22}) and subsets ({@code بينهم 3 أطفال}) are not emitted.
 * Immutable and thread-safe.
 */
public final class CountFinder {
    private final ArabicNormalizer normalizer;
    private final NumberWords numbers;
    private final CountCues cues;
    private final SlotReader slots;
    /** Words a candidate can start with: dual and single person nouns, أحد/إحدى and number words. */
    private final FormMarks openers;
    /** The same, for putting a sentence's lexemes together only when a candidate may start. */
    private final Openers opening;

    public CountFinder(ArabicNormalizer normalizer) {
        this.normalizer = Objects.requireNonNull(normalizer, "normalizer");
        this.numbers = new NumberWords(normalizer);
        this.cues = new CountCues(normalizer);
        this.slots = new SlotReader(cues);
        Set<String> o = new HashSet<>(cues.words(Role.DUAL));
        o.addAll(cues.words(Role.SINGLE));
        o.addAll(numbers.words());
        o.addAll(List.of("احد", "احدي"));
        this.openers = FormMarks.remembered(o.stream().collect(Collectors.toMap(w -> w, w -> 1)));
        this.opening = new Openers(openers);
    }

    public CountFinder() {
        this(new ArabicNormalizer());
    }

    /** The number reader this finder uses (shared with the date resolver for written-out numbers). */
    public NumberWords numberWords() {
        return numbers;
    }

    /** Counts in {@code sentence} of {@code text}, ordered by position. */
    /** What a tokenizer's tokens may carry so that a sentence opening nothing here is passed over at once. */
    public WordHint quietHint() {
        return opening.quietHint();
    }

    public List<CountMention> find(String text, Sentence sentence) {
        List<CountMention> out = new ArrayList<>();
        for (List<Lexeme> t : SentenceLexemes.of(normalizer, text, sentence, opening)) {
            scan(t, text, sentence.end(), out);
        }
        return out;
    }

    /** {@code limit}: the sentence's end. */
    private void scan(List<Lexeme> t, String text, int limit, List<CountMention> out) {
        int i = 0;
        while (i < t.size()) {
            Candidate c = opens(t.get(i)) ? candidate(t, i) : null;
            if (c == null) {
                i++;
                continue;
            }
            Optional<SlotReader.Reading> r = slots.read(t, c);
            if (r.isPresent()) {
                out.add(mention(text, limit, t, c, r.get()));
            }
            i = c.to();
        }
    }

    private CountMention mention(String text, int limit, List<Lexeme> t, Candidate c,
                                 SlotReader.Reading r) {
        Lexeme first = t.get(c.from());
        int trim = first.clitics(w -> numbers.isLiteral(w) || cues.knowsLiteral(w) || w.equals("بين"));
        Span span = Lexeme.pageSpan(text, first, trim, t.get(c.to() - 1), limit);
        boolean approx = c.approximate() || cues.startingAt(Role.APPROX_AFTER, t, c.to()).isPresent()
                || c.to() + 1 < t.size() && cues.startingAt(Role.APPROX_AFTER, t, c.to() + 1).isPresent();
        long value = r.rangeIsUpdate() ? c.max() : c.value();
        boolean approximate = approx && !r.rangeIsUpdate();
        return new CountMention(span, (int) value, approximate, r.slot(),
                (int) c.max(), r.cumulative(), r.unit(), c.vague() && !r.rangeIsUpdate());
    }

    /**
     * True when a candidate may start at lexeme {@code l}: a number, or a word one of whose forms is in
     * {@link #openers} ({@link #candidate} reads nothing else), so candidates are tried only there.
     */
    private boolean opens(Lexeme l) {
        if (l.isNumber()) {
            return true;
        }
        return l.isWord() && l.marksIn(openers) != 0;
    }

    /** The number (with its approximation words and range) or dual noun at lexeme {@code i}, or null. */
    Candidate candidate(List<Lexeme> t, int i) {
        CountCues.Cue dual = cues.cue(Role.DUAL, t.get(i));
        if (dual != null) {
            return new Candidate(i, i, i + 1, i + 1, 2, 2, false, dual);
        }
        if (single(t, i)) {
            int to = one(t, i + 1) ? i + 2 : one(t, i + 2) ? i + 3 : i + 1; // جندي ألماني واحد
            return new Candidate(i, i, to, to, 1, 1, false, new CountCues.Cue(null));
        }
        Optional<NumberPhrase> p = numbers.parse(t, i);
        if (p.isEmpty()) {
            return null;
        }
        NumberPhrase n = p.get();
        int from = i;
        boolean approx = n.approximate();
        OptionalInt before = cues.endingAt(Role.APPROX_BEFORE, t, i);
        if (before.isPresent()) {
            from = before.getAsInt();
            approx = true;
        }
        Optional<NumberPhrase> upper = rangeEnd(t, n);
        if (upper.isPresent()) {
            boolean opener = i > 0 && (t.get(i - 1).is("بين") || t.get(i - 1).is("من"));
            return new Candidate(opener && from == i ? i - 1 : from, i, n.to(), upper.get().to(), n.value(),
                    upper.get().value(), true, null);
        }
        return new Candidate(from, i, n.to(), n.to(), n.value(), n.value(), approx, null, n.approximate());
    }

    /**
     * One person right after an event word: {@code مقتل شخص}, {@code إصابة طفل}, {@code اعتقال أحد الناشطين}
     * (a singular person noun, or أحد/إحدى before a definite noun), or before one ({@code لقي شاب مصرعه}).
     */
    private boolean single(List<Lexeme> t, int i) {
        Lexeme l = t.get(i);
        if (i == 0 || !cues.is(Role.TRIGGER, t.get(i - 1))) {
            boolean counted = i > 0 && (t.get(i - 1).isNumber() || numbers.isNumberWord(t.get(i - 1)));
            return !counted && cues.is(Role.SINGLE, l) && trailing(t, i + 1); // لقي شاب مصرعه
        }
        if (l.is("احد") || l.is("احدي")) {
            return i + 1 < t.size() && t.get(i + 1).isWord() && t.get(i + 1).text().startsWith("ال")
                    && !t.get(i + 1).is("عشر") && !t.get(i + 1).is("عشره");
        }
        return cues.is(Role.SINGLE, l);
    }

    private boolean trailing(List<Lexeme> t, int k) {
        return k < t.size() && cues.is(Role.TRAILING, t.get(k)) || k + 1 < t.size() && cues.is(Role.TRAILING, t.get(k + 1));
    }

    private static boolean one(List<Lexeme> t, int k) {
        return k < t.size() && (t.get(k).is("واحد") || t.get(k).is("واحده"));
    }

    /** The upper number of a range {@code 5 إلى 7}, {@code بين 5 و7}, {@code 5-7}, {@code 5 أو 6}. */
    private Optional<NumberPhrase> rangeEnd(List<Lexeme> t, NumberPhrase n) {
        int j = n.to();
        if (j >= t.size()) {
            return Optional.empty();
        }
        Lexeme l = t.get(j);
        boolean between = n.from() > 0 && t.get(n.from() - 1).is("بين");
        int at;
        if (l.is("الي") || l.is("حتي") || l.is("او") || between && l.text().equals("و")) {
            at = j + 1;
        } else if (between && l.isWord() && l.text().startsWith("و")) {
            at = j;
        } else if (l.isPunct('-') && j + 1 < t.size() && t.get(j + 1).isNumber() && !dateLike(t, j + 1)) {
            at = j + 1;
        } else {
            return Optional.empty();
        }
        Optional<NumberPhrase> q = numbers.parse(t, at);
        return q.filter(x -> x.value() > n.value());
    }

    private static boolean dateLike(List<Lexeme> t, int k) {
        return k + 1 < t.size() && (t.get(k + 1).isPunct('-') || t.get(k + 1).isPunct('/'));
    }
}
