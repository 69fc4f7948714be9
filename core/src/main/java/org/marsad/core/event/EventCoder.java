package org.marsad.core.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.marsad.core.entity.ActorMention;
import org.marsad.core.quantity.CountMention;
import org.marsad.core.text.ArabicNormalizer;
import org.marsad.core.text.Sentence;
import org.marsad.core.text.Token;
import org.marsad.core.text.WordHint;
import org.marsad.core.time.DateMention;
import org.marsad.model.Entity;
import org.marsad.model.Event;
import org.marsad.model.EventStatus;
import org.marsad.model.EventType;


/**
 * Codes the events of one sentence: triggers found in one pass ({@link TriggerMatcher}); each read for its status
 * ({@link StatusDetector}) and kept when it reports an event ({@link ReportFilter}), which needs the sentence's words,
 * dates and counts only ({@link #read}); then, with the sentence's actors and places, given roles
 * ({@link RoleAttacher}) and assembled ({@link EventAssembler}); events of one type in one sentence then merge into one when their roles agree
 * ("مقتل 7 جنود بقصف تركي" is one ASSAULT). A future act its actor makes conditional ("سينسحب إذا لم ...") is
 * coded as the THREATEN that occurred, and the act itself is not coded. Immutable and thread-safe.
 */
public final class EventCoder {
    private final TriggerMatcher matcher;
    private final CueLexicon cues;
    private final ReportFilter filter = new ReportFilter();
    private final StatusDetector status = new StatusDetector();
    private final RoleAttacher roles = new RoleAttacher();
    private final EventAssembler assembler = new EventAssembler();
    /** The rule a conditional announcement is coded with ("سيستقيل إذا ..."); null when the lexicon has none. */
    private final TriggerRule threat;

    public EventCoder(TriggerLexicon triggers, CueLexicon cues) {
        this.matcher = new TriggerMatcher(triggers);
        this.cues = cues;
        this.threat = triggers.rules().stream().filter(r -> r.type() == EventType.THREATEN && r.form() == TriggerForm.VERB)
                .findFirst().orElse(null);
    }

    /** The coder with the project's lexicons. */
    public static EventCoder standard(ArabicNormalizer normalizer) {
        return new EventCoder(TriggerLexicon.load(normalizer), CueLexicon.load(normalizer));
    }

    public List<Event> code(SentenceContext ctx) {
        return code(ctx, triggers(ctx.sentence().tokens()));
    }

    /** What a tokenizer's tokens may carry to make {@link #triggers} cheaper (see {@link TriggerMatcher#hint()}). */
    public WordHint triggerHint() {
        return matcher.hint();
    }

    /** What a tokenizer's tokens may carry to make finding the cues of a sentence with a trigger cheaper. */
    public WordHint cueHint() {
        return cues.hint();
    }

    /**
     * What a tokenizer's tokens may carry to make the history test of a sentence with a trigger cheaper: whether a
     * word may be a year ("عام 1995").
     */
    public WordHint yearHint() {
        return ReportFilter.YEAR;
    }

    /**
     * What a tokenizer's tokens may carry to make the cumulative-toll test of an attack cheaper: whether a word is
     * "منذ" ("منذ بدء الحرب").
     */
    public WordHint sinceHint() {
        return ReportFilter.SINCE;
    }

    /** The triggers of a sentence's tokens: a sentence without one codes no event, whatever else it names. */
    public List<TriggerHit> triggers(List<Token> tokens) {
        return matcher.find(tokens);
    }

    /** The events of a sentence whose triggers {@link #triggers(List)} found already. */
    public List<Event> code(SentenceContext ctx, List<TriggerHit> hits) {
        if (hits.isEmpty()) {
            return List.of();
        }
        return code(ctx, read(ctx.text(), ctx.sentence(), hits, ctx.published(), ctx.dates(), ctx.counts()));
    }

    /**
     * Reads the triggers {@code hits} of sentence {@code s} of {@code text}: which report an event, with what status.
     * This needs the sentence's words, dates and counts, not its actors or places; {@code published} may be null.
     */
    public SentenceReading read(String text, Sentence s, List<TriggerHit> hits, LocalDate published,
                                List<DateMention> dates, List<CountMention> counts) {
        var tokens = s.tokens();
        SentenceView v = new SentenceView(text, tokens, cues.kindBits(tokens));
        ReportFilter.Evidence evidence = new ReportFilter.Evidence(published, dates, counts);
        OncePerSentence history = new OncePerSentence(() -> ReportFilter.history(v, evidence));
        List<SentenceReading.Read> reads = new ArrayList<>(hits.size());
        TriggerHit previous = null;
        for (TriggerHit found : hits) {
            boolean complement = complement(previous, found);
            previous = found;
            if (complement || followUp(tokens, found)) {
                continue;
            }
            TriggerHit h = threat != null && StatusDetector.conditionalAnnouncement(v, found)
                    ? new TriggerHit(found.first(), found.end(), threat.as(TriggerForm.VERB), false, false, false) : found;
            EventStatus st = h == found ? status.status(v, h) : EventStatus.OCCURRED;
            reads.add(new SentenceReading.Read(h, st, filter.reported(v, h, evidence, st, history)));
        }
        return new SentenceReading(v, reads);
    }

    /**
     * Why each trigger of sentence {@code s} of {@code text} does or does not report an event, for diagnostics
     * ({@code marsad eval gsr --misses}): one line a trigger, "rule word: reported" or "rule word: " and the report
     * filter's reasons ({@link ReportFilter}: content, background, history, unanchored, ...), a trigger read as the
     * complement of the noun before it or as the follow-up of an event told before "complement" or "follow-up", and
     * a negated or hypothetical status after the reasons. Empty when the sentence has no trigger.
     */
    public List<String> explain(String text, Sentence s, LocalDate published, List<DateMention> dates,
                                List<CountMention> counts) {
        var tokens = s.tokens();
        List<TriggerHit> hits = triggers(tokens);
        SentenceView v = new SentenceView(text, tokens, cues.kindBits(tokens));
        ReportFilter.Evidence evidence = new ReportFilter.Evidence(published, dates, counts);
        OncePerSentence history = new OncePerSentence(() -> ReportFilter.history(v, evidence));
        List<String> out = new ArrayList<>(hits.size());
        TriggerHit previous = null;
        for (TriggerHit h : hits) {
            List<String> why = new ArrayList<>();
            if (complement(previous, h)) {
                why.add("complement");
            } else if (followUp(tokens, h)) {
                why.add("follow-up");
            } else {
                EventStatus st = status.status(v, h);
                why.addAll(filter.reasons(v, h, evidence, st, history));
                if (!st.asserted()) {
                    why.add(st.name().toLowerCase(java.util.Locale.ROOT));
                }
            }
            previous = h;
            out.add(h.rule().name() + " " + text.substring(tokens.get(h.first()).start(), tokens.get(h.end() - 1).end())
                    + ": " + (why.isEmpty() ? "reported" : String.join(",", why)));
        }
        return out;
    }

    /**
     * The events of a sentence read by {@link #read}: each reported trigger with its roles among the sentence's
     * actors and places, assembled; {@code ctx} must be the context of the sentence that was read.
     */
    public List<Event> code(SentenceContext ctx, SentenceReading reading) {
        if (!reading.reportsAny()) {
            return List.of();
        }
        SentenceView v = reading.view();
        List<Event> out = new ArrayList<>(reading.reads().size());
        List<ActorMention> candidates = RoleAttacher.candidates(ctx.actors());
        EventAssembler.SentenceParts parts = EventAssembler.SentenceParts.of(ctx, v);
        for (SentenceReading.Read read : reading.reads()) {
            if (read.reported()) {
                TriggerHit h = read.hit();
                add(out, assembler.assemble(ctx, v, h, read.status(), roles.attach(v, h, candidates, ctx.places()), parts));
            }
        }
        if (anyWithoutActor(out)) {
            List<Mentioned> mentioned = mentioned(ctx, reading, candidates);
            out.replaceAll(e -> withCauseActor(e, mentioned));
        }
        return List.copyOf(out);
    }

    /**
     * The happenings a sentence tells of without reporting them ({@link SentenceReading#mentionsAny}): each trigger of
     * {@code types} the report filter judged a mention, not a report, and that occurred, assembled as an event would be
     * (its date and place read as for a report), kept when a day written after it dates it (a day before it is the
     * day of the sentence's saying or report: "أعلنت الوزارة السبت مقتل ..."). They are no events: the
     * article stage reads the day of a happening from them ("تعهدت واشنطن بالرد على الهجوم على البلدة السبت").
     */
    public List<Event> references(SentenceContext ctx, SentenceReading reading, java.util.Set<EventType> types) {
        SentenceView v = reading.view();
        List<Event> out = new ArrayList<>(1);
        EventAssembler.SentenceParts parts = null;
        for (SentenceReading.Read read : reading.reads()) {
            TriggerHit h = read.hit();
            if (read.reported() || read.status() != EventStatus.OCCURRED || !types.contains(h.rule().type())) {
                continue;
            }
            if (parts == null) {
                parts = EventAssembler.SentenceParts.of(ctx, v);
            }
            Event e = assembler.assemble(ctx, v, h, read.status(), Roles.NONE, parts);
            if (e.date().precision() == org.marsad.model.DatePrecision.DAY && e.date().start() != null
                    && e.date().start() >= e.trigger().end()) {
                out.add(e);
            }
        }
        return out;
    }

    private static boolean anyWithoutActor(List<Event> events) {
        for (Event e : events) {
            if (e.actor() == null) {
                return true;
            }
        }
        return false;
    }

    /**
     * The unreported triggers that occurred or go on, with their roles, in order: the causes {@link #withCauseActor}
     * lends an actor from. Read only when an event lacks its actor, as only such an event takes one.
     */
    private List<Mentioned> mentioned(SentenceContext ctx, SentenceReading reading, List<ActorMention> candidates) {
        List<Mentioned> mentioned = new ArrayList<>();
        for (SentenceReading.Read read : reading.reads()) {
            EventStatus st = read.status();
            if (!read.reported() && (st == EventStatus.OCCURRED || st == EventStatus.ONGOING)) {
                TriggerHit h = read.hit();
                mentioned.add(Mentioned.of(h.rule().type(), roles.attach(reading.view(), h, candidates, ctx.places())));
            }
        }
        return mentioned;
    }

    /**
     * A noun right after another event noun is its complement, not an event of its own: "اتفاق وقف إطلاق النار" is
     * one agreement, "تنفيذ اتفاق" not a new agreement.
     */
    static boolean complement(TriggerHit previous, TriggerHit h) {
        return previous != null && previous.end() == h.first() && noun(previous) && noun(h);
    }

    private static boolean noun(TriggerHit h) {
        return h.form() == TriggerForm.NOUN || h.form() == TriggerForm.VERBAL_NOUN;
    }

    /**
     * A verb whose subject is a definite noun of the same event ("واستهدف القصف نقطة", "وأصاب الهجوم ..."): the
     * sentence goes on about an event already told, it reports no new one.
     */
    private boolean followUp(List<Token> tokens, TriggerHit h) {
        if (h.form() != TriggerForm.VERB || h.end() >= tokens.size() || !tokens.get(h.end()).definite()) {
            return false;
        }
        return matcher.typeAt(tokens, h.end()) == h.rule().type();
    }

    /**
     * An event with no actor takes the actor of an unreported mention of the same type in its sentence, its cause
     * ("أسفرت الاستهدافات التركية عن مقتل 7 جنود", "قتل جنديان بانفجار عبوة زرعها مسلحون"): the sentence reports
     * one happening.
     */
    static Event withCauseActor(Event e, List<Mentioned> mentioned) {
        if (e.actor() != null) {
            return e;
        }
        for (Mentioned m : mentioned) {
            if (m.type() == e.type() && m.actor() != null && !same(m.actor(), e.recipient())
                    && compatible(m.recipient(), e.recipient())) {
                return e.merged(m.actor(), e.recipient() != null ? e.recipient() : m.recipient(), e.date(), e.location(),
                        e.size(), e.mentions());
            }
        }
        return e;
    }

    /**
     * What an unreported mention of an event lends a reported one ({@link #withCauseActor}): its type and roles. Only
     * this is kept, as most triggers a sentence holds are mentions, and a whole record (dates, place, counts, the
     * id's digest) would be built for nothing.
     */
    record Mentioned(EventType type, Entity actor, Entity recipient) {
        static Mentioned of(EventType type, Roles r) {
            return new Mentioned(type, r.actor() == null ? null : r.actor().toEntity(),
                    r.recipient() == null ? null : r.recipient().toEntity());
        }
    }

    /** Adds the event, or folds it into an earlier one of the same type and status whose roles do not clash. */
    static void add(List<Event> out, Event e) {
        for (int i = 0; i < out.size(); i++) {
            Event o = out.get(i);
            if (mergeable(o, e)) {
                out.set(i, merge(o, e));
                return;
            }
        }
        out.add(e);
    }

    /** Same type and status, roles that agree, and no mention acting in one and suffering in the other. */
    private static boolean mergeable(Event o, Event e) {
        return o.type() == e.type() && o.status() == e.status() && compatible(o.actor(), e.actor())
                && compatible(o.recipient(), e.recipient()) && !same(o.actor(), e.recipient()) && !same(o.recipient(), e.actor());
    }

    private static boolean same(Entity a, Entity b) {
        return a != null && b != null && a.start() == b.start() && a.end() == b.end();
    }

    /**
     * Unknown on one side, the same mention, or codes that agree wherever both say something: "القوات" (MIL) and
     * "القوات التركية" (TURMIL) can be one side, TURMIL and SYRMIL cannot.
     */
    static boolean compatible(Entity a, Entity b) {
        if (a == null || b == null || a.start() == b.start()) {
            return true;
        }
        if (a.code() == null || b.code() == null) {
            return false;
        }
        boolean coded = (a.country() != null || a.sector() != null) && (b.country() != null || b.sector() != null);
        return a.code().equals(b.code()) || coded && agree(a.country(), b.country()) && agree(a.sector(), b.sector());
    }

    private static boolean agree(Object x, Object y) {
        return x == null || y == null || x.equals(y);
    }

    /** The earlier event, its missing roles, place, date and counts taken from the later one. */
    static Event merge(Event o, Event e) {
        boolean specific = o.mode() == null && e.mode() != null;
        return new Event(o.id(), o.docId(), o.article(), o.type(), specific ? e.mode() : o.mode(),
                specific ? e.contexts() : o.contexts(), specific ? e.cameo() : o.cameo(), o.quadClass(), o.status(),
                o.actor() != null ? o.actor() : e.actor(), o.recipient() != null ? o.recipient() : e.recipient(),
                o.trigger(), o.date().value() != null ? o.date() : e.date(),
                o.location() != null ? o.location() : e.location(), o.size(), o.sentence(), o.source(), o.rule(),
                Math.max(o.confidence(), e.confidence()));
    }

}
