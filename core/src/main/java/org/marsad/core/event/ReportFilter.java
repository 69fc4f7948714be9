package org.marsad.core.event;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.marsad.core.quantity.CountMention;
import org.marsad.core.quantity.CountSlot;
import org.marsad.core.text.Token;
import org.marsad.core.text.WordHint;
import org.marsad.core.time.DateMention;
import org.marsad.model.DatePrecision;
import org.marsad.model.EventStatus;
import org.marsad.model.EventType;

/**
 * Decides whether a trigger reports an event rather than mentioning one.
 * <ul>
 * <li>Content: a trigger that is the content of a condemnation, an inquiry, a trial, a plan, a demand or a
 *     commemoration ("أدان الهجوم", "التحقيق في التفجير") is not reported; nor one just after "منذ" or "كان"
 *     (background), nor any in a sentence that tells history ("العام الماضي", "عام 1995", a date months back).</li>
 * <li>Relative clause: a trigger right after a relative pronoun ("مغنية الذي اغتيل في دمشق") describes who
 *     someone is, not what the sentence reports.</li>
 * <li>Anchor: an event noun, a verbal noun ("بقصف") and an imperfect verb without سـ ("يقتل": habitual;
 *     but a statement in the imperfect, "يهدد", reports a statement being made) report an
 *     event only when the sentence anchors it: a time word,
 *     casualties, a crowd size, a light verb near it ("شنت هجوما", "وقع انفجار", "تواصلت الاشتباكات"), a day in
 *     the week before publication, or a count that fits the event (the dead of an attack). A definite event noun
 *     ("الهجوم", "اعتصامهم") mostly points back to an event told before; it needs casualties, a fitting count or a light
 *     verb before it ("الانفجار وقع في ..." elaborates an explosion told before).</li>
 * <li>Purpose and condition: an event noun with لـ ("للتنسيق") names a purpose, one in a condition ("في حال تنفيذ
 *     اتفاق") the content of the condition, unless a light verb carries it ("إذا شنت إسرائيل غارات").</li>
 * <li>Verbal attack: an attack verb followed by a speech participle ("هاجم الوزير المعارضة قائلا") is not violence.</li>
 * <li>Attributive: an event noun right after a noun of a body, a trade or a rule ("عمال إغاثة", "قواعد الاشتباك")
 *     says what kind of body it is; it reports nothing.</li>
 * </ul>
 */
final class ReportFilter {
    static final int NOUN_CONTENT_WIDTH = 4;
    static final int VERB_CONTENT_WIDTH = 2;
    static final int BACKGROUND_WIDTH = 3;
    static final int RELATIVE_WIDTH = 2;
    static final int LIGHT_BEFORE = 4;
    static final int LIGHT_AFTER = 3;
    /**
     * How far back in its clause a light verb carries an indefinite accusative event noun, its object ("عقد وزراء
     * خارجية البلدين، فلان وفلان، اجتماعاً").
     */
    static final int LIGHT_CLAUSE = 25;
    static final int HISTORY_DAYS = 365;
    static final int SPEECH_AFTER = 6;
    static final int RECENT_DAYS = 7;
    static final int LONG_SENTENCE = 50;
    static final int LEAD_TOKENS = 15;
    /** Verbal acts: in the imperfect they report a statement being made, not a habit. */
    static final Set<EventType> STATEMENTS = EnumSet.of(EventType.AGREE, EventType.SUPPORT, EventType.REQUEST,
            EventType.ACCUSE, EventType.REJECT, EventType.THREATEN);

    /** {@code history}: whether the sentence tells history ({@link #history}), worked out once for its triggers. */
    /**
     * What the filter reads of a sentence besides its words: the publication date (may be null), and the dates and
     * counts found in the sentence. Not its actors or places: whether a trigger reports an event is decided before
     * they are looked for (see {@link EventCoder#read}).
     */
    record Evidence(LocalDate published, List<DateMention> dates, List<CountMention> counts) {
    }

    boolean reported(SentenceView v, TriggerHit h, Evidence ev, EventStatus status, OncePerSentence history) {
        int f = h.first();
        boolean noun = h.form() == TriggerForm.NOUN || h.form() == TriggerForm.VERBAL_NOUN;
        int width = noun ? NOUN_CONTENT_WIDTH : VERB_CONTENT_WIDTH;
        // every test below only says no, and none has side effects: the tests that read the sentence's words come
        // first, those that may need its dates or counts last (history, anchored), so that a trigger the words
        // already reject never has the dates and counts found (Reading's lists are found when first read)
        if (v.any(v.clauseStart(f, width), f, CueKind.CONTENT)
                || v.any(v.windowStart(f, BACKGROUND_WIDTH, true), f, CueKind.BACKGROUND)) {
            return false;
        }
        if (noun && attributive(v, h)) {
            return false;
        }
        if (verbalAttack(v, h) || cumulativeToll(v, h) || commentary(v, h) || quotedProtest(v, h)
                || noun && (purpose(v, h) || status == EventStatus.HYPOTHETICAL && !v.any(f - LIGHT_BEFORE, f, CueKind.LIGHT))) {
            return false;
        }
        if (v.any(v.windowStart(f, RELATIVE_WIDTH, true), f, CueKind.RELATIVE)) {
            return false;
        }
        boolean habitual = !STATEMENTS.contains(h.rule().type()) && h.imperfect() && status == EventStatus.OCCURRED;
        return !history.get() && (!(noun || habitual) || anchored(v, h, ev));
    }

    /**
     * Why {@link #reported} says no, for diagnostics: the name of every test that drops the trigger, in the order
     * {@link #reported} reads them (empty when it reports an event). Each test is run, not only the first that fails,
     * so a trigger two tests drop shows both; the pipeline itself calls {@link #reported}, which stops at the first.
     */
    List<String> reasons(SentenceView v, TriggerHit h, Evidence ev, EventStatus status, OncePerSentence history) {
        int f = h.first();
        boolean noun = h.form() == TriggerForm.NOUN || h.form() == TriggerForm.VERBAL_NOUN;
        List<String> out = new java.util.ArrayList<>();
        add(out, "content", v.any(v.clauseStart(f, noun ? NOUN_CONTENT_WIDTH : VERB_CONTENT_WIDTH), f, CueKind.CONTENT));
        add(out, "background", v.any(v.windowStart(f, BACKGROUND_WIDTH, true), f, CueKind.BACKGROUND));
        add(out, "history", history.get());
        add(out, "attributive", noun && attributive(v, h));
        add(out, "verbal-attack", verbalAttack(v, h));
        add(out, "cumulative-toll", cumulativeToll(v, h));
        add(out, "commentary", commentary(v, h));
        add(out, "quoted-protest", quotedProtest(v, h));
        add(out, "purpose", noun && purpose(v, h));
        add(out, "hypothetical-noun", noun && status == EventStatus.HYPOTHETICAL && !v.any(f - LIGHT_BEFORE, f, CueKind.LIGHT));
        add(out, "relative", v.any(v.windowStart(f, RELATIVE_WIDTH, true), f, CueKind.RELATIVE));
        boolean habitual = !STATEMENTS.contains(h.rule().type()) && h.imperfect() && status == EventStatus.OCCURRED;
        add(out, noun ? "unanchored" : "unanchored-imperfect", (noun || habitual) && !anchored(v, h, ev));
        return out;
    }

    private static void add(List<String> out, String reason, boolean applies) {
        if (applies) {
            out.add(reason);
        }
    }

    /**
     * Commentary: a violent trigger deep inside a very long sentence (over {@link #LONG_SENTENCE} tokens, past the
     * first {@link #LEAD_TOKENS}) is an argument or a retrospective, not the report of an occurrence; news reports
     * of an attack or a protest state it early and briefly.
     */
    static boolean commentary(SentenceView v, TriggerHit h) {
        EventType t = h.rule().type();
        return (t == EventType.ASSAULT || t == EventType.PROTEST) && v.size() > LONG_SENTENCE && h.first() >= LEAD_TOKENS;
    }

    /**
     * A protest trigger inside a «quotation»: a speaker's words (a call, a warning, a slogan) rather than the
     * report's own statement that a protest occurred. (Attacks are often reported in an official's quoted words, so
     * an attack in quotes is kept.)
     */
    static boolean quotedProtest(SentenceView v, TriggerHit h) {
        return h.rule().type() == EventType.PROTEST && v.quoted(h.first());
    }

    /**
     * Purpose: an event noun with the preposition لـ ("وفد سيتوجه للتنسيق", "صفقة لوقف إطلاق النار") names what
     * something is for, not what happened; unless a verb of undergoing or result governs it ("تعرضت الدورية
     * لهجوم", "أدى لمقتل"). A protest noun of purpose stays: "تجمعوا للاحتجاج على الزيارة" tells why a crowd
     * gathered, which is the protest.
     */
    static boolean purpose(SentenceView v, TriggerHit h) {
        return h.purpose() && h.rule().type() != EventType.PROTEST
                && !v.any(v.windowStart(h.first(), LIGHT_BEFORE, true), h.first(), CueKind.UNDERGO);
    }

    /** Words that, right after "منذ", name the start of a long run of events ("منذ بدء الحرب", "منذ اندلاع"). */
    private static final Set<String> ONSET = Set.of("بدء", "بدايه", "انطلاق", "اندلاع", "انطلاقه", "مطلع", "اواخر", "اوائل");

    /**
     * A cumulative toll: an attack in a sentence that counts "since" a start ("منذ بدء الحرب قتل 300", "ارتفع عدد
     * القتلى منذ 30 مارس إلى 60") sums many earlier happenings; it is background, not a new event (the toll of a
     * happening of the same days is kept: "ارتفعت حصيلة الغارة إلى 12" has no "منذ").
     */
    static boolean cumulativeToll(SentenceView v, TriggerHit h) {
        if (h.rule().type() != EventType.ASSAULT) {
            return false;
        }
        for (int i = 0; i + 1 < v.size(); i++) {
            Token t = v.token(i);
            if (SINCE.of(t) == 0) {
                continue; // the token's hint says it is no "منذ", without reading its word
            }
            String n = t.norm();
            if (n.equals("منذ") || n.equals("ومنذ")) {
                Token next = v.token(i + 1);
                if (next.isNumber() || ONSET.contains(next.norm()) || v.has(i + 1, CueKind.NUMBER)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * An event noun right after a noun of a body, a trade or a rule, as its genitive ("جماعات إغاثة طبية", "عمال
     * الإغاثة", "قواعد الاشتباك"): it names what kind of body or rule that is, not something that happened. The head
     * of a construct is indefinite in form; a definite noun before an event noun is another phrase (its subject).
     */
    static boolean attributive(SentenceView v, TriggerHit h) {
        // the head of a construct has no article: "قدمت المنظمة مساعدات" is a subject and its object
        return h.first() > 0 && v.has(h.first() - 1, CueKind.ATTRIBUTIVE) && !v.token(h.first() - 1).definite();
    }

    /** An attack verb followed in its clause by "قائلا", "واصفا": a verbal attack, not a violent one. */
    static boolean verbalAttack(SentenceView v, TriggerHit h) {
        return h.rule().type() == EventType.ASSAULT && h.form() == TriggerForm.VERB
                && v.any(h.end(), v.windowEnd(h.end(), SPEECH_AFTER, false), CueKind.SPEECH);
    }

    /**
     * The sentence tells history: a history cue ("العام الماضي", "قبل سنوات"), a year before the publication year
     * ("عام 1995"), or a resolved date more than {@link #HISTORY_DAYS} days before publication.
     */
    static boolean history(SentenceView v, Evidence ev) {
        if (v.any(0, v.size(), CueKind.HISTORY)) {
            return true;
        }
        if (ev.published() == null) {
            return false;
        }
        int thisYear = ev.published().getYear();
        for (Token t : v.tokens()) { // the years first: the tokens' hints tell them, the dates must be found
            if (YEAR.of(t) != 0) {
                int y = year(t);
                if (y >= 1900 && y < thisYear) {
                    return true;
                }
            }
        }
        for (var d : ev.dates()) {
            LocalDate start = startOf(d.date().value());
            if (start != null && start.plusDays(HISTORY_DAYS).isBefore(ev.published())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a word may be a year {@link #history} reads ("1995"): worked out once per word by a tokenizer given it
     * (see {@link EventCoder#yearHint}), so that the history test passes over the other tokens of a sentence
     * without reading their words.
     */
    static final WordHint YEAR = new WordHint(t -> year(t) >= 1900);

    /**
     * Whether a word is the "منذ" {@link #cumulativeToll} looks for: worked out once per word by a tokenizer given
     * it (see {@link EventCoder#sinceHint}), so that the test of an attack passes over the other tokens of its
     * sentence without reading their words (most of them no stage before it has read).
     */
    static final WordHint SINCE = new WordHint(t -> t.norm().equals("منذ") || t.norm().equals("ومنذ"));

    /** The number a word of four ASCII digits writes ("1995"); -1 for any other word. */
    static int year(Token t) {
        String n = t.norm();
        if (n.length() != 4) {
            return -1;
        }
        int y = 0;
        for (int i = 0; i < 4; i++) {
            char c = n.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            y = y * 10 + c - '0';
        }
        return y;
    }

    /** The first day of an ISO date, month or year value; null when absent or unreadable. */
    static LocalDate startOf(String value) {
        if (value == null) {
            return null;
        }
        if (value.length() == 10 && isoDay(value)) {
            try {
                return LocalDate.of(digits(value, 0, 4), digits(value, 5, 7), digits(value, 8, 10));
            } catch (DateTimeException e) {
                return null;
            }
        }
        if (value.length() == 7 && isoMonth(value)) {
            int month = digits(value, 5, 7);
            return month >= 1 && month <= 12 ? YearMonth.of(digits(value, 0, 4), month).atEndOfMonth() : null;
        }
        try {
            return switch (value.length()) {
                case 4 -> LocalDate.of(Integer.parseInt(value), 12, 31);
                case 7 -> YearMonth.parse(value).atEndOfMonth();
                default -> LocalDate.parse(value);
            };
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** True for {@code dddd-dd-dd}: read by hand, as parsing with a formatter costs more than the rest of a check. */
    private static boolean isoDay(String v) {
        for (int i = 0; i < 10; i++) {
            char c = v.charAt(i);
            if (i == 4 || i == 7 ? c != '-' : c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** True for {@code dddd-dd}, read by hand as {@link #isoDay}: {@code YearMonth.parse} runs a formatter. */
    private static boolean isoMonth(String v) {
        for (int i = 0; i < 7; i++) {
            char c = v.charAt(i);
            if (i == 4 ? c != '-' : c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int digits(String v, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + v.charAt(i) - '0';
        }
        return n;
    }

    /** The cues anywhere in the sentence that anchor an event noun: a time word, casualties, a crowd size. */
    private static final int ANCHORS = SentenceView.bits(CueKind.TIME, CueKind.CASUALTY, CueKind.CROWD);
    /** The cues that anchor a definite one: casualties. */
    private static final int DEFINITE_ANCHORS = SentenceView.bits(CueKind.CASUALTY);

    static boolean anchored(SentenceView v, TriggerHit h, Evidence ev) {
        boolean definiteNoun = h.form() == TriggerForm.VERBAL_NOUN
                || h.form() == TriggerForm.NOUN && (v.token(h.first()).proclitics().contains("ال") || h.possessed());
        int kinds = definiteNoun ? DEFINITE_ANCHORS : ANCHORS;
        if (v.anyOf(0, h.first(), kinds) || v.anyOf(h.end(), v.size(), kinds)) {
            return true;
        }
        int lightFrom = !definiteNoun && accusative(v.token(h.first())) ? v.clauseStart(h.first(), LIGHT_CLAUSE)
                : h.first() - LIGHT_BEFORE;
        if (v.any(lightFrom, h.first(), CueKind.LIGHT) || !definiteNoun && v.any(h.end(), h.end() + LIGHT_AFTER, CueKind.LIGHT)
                || v.any(v.windowStart(h.first(), LIGHT_BEFORE, true), h.first(), CueKind.ONGOING)) {
            return true;
        }
        return fitsCount(h, ev) || !definiteNoun && recentDay(ev);
    }

    /** An indefinite accusative noun: "اجتماعاً", "هجوماً" (tanween written), or "اجتماعا" without the marks. */
    static boolean accusative(Token t) {
        String s = t.surface();
        return s.endsWith("اً") || s.endsWith("ًا") || !t.definite() && t.norm().length() >= 5 && t.norm().endsWith("ا");
    }

    /** A count that fits the event: the dead and injured of an attack, the arrested of an arrest, any other. */
    static boolean fitsCount(TriggerHit h, Evidence ev) {
        for (CountMention c : ev.counts()) {
            boolean fits = switch (h.rule().type()) {
                case ASSAULT -> c.slot() == CountSlot.DEAD || c.slot() == CountSlot.INJURED;
                case COERCE -> c.slot() == CountSlot.ARRESTED;
                default -> true;
            };
            if (fits) {
                return true;
            }
        }
        return false;
    }

    /** A date resolved to a day in the week before publication ("السبت", "أمس"). */
    static boolean recentDay(Evidence ev) {
        if (ev.published() == null) {
            return false;
        }
        for (var d : ev.dates()) {
            LocalDate day = d.date().precision() == DatePrecision.DAY ? startOf(d.date().value()) : null;
            if (day != null && !day.isAfter(ev.published()) && !day.plusDays(RECENT_DAYS).isBefore(ev.published())) {
                return true;
            }
        }
        return false;
    }
}
