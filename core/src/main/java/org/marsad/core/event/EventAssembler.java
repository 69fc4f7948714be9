package org.marsad.core.event;

import java.util.List;
import org.marsad.core.entity.ActorMention;
import org.marsad.core.geo.EventPlaces;
import org.marsad.core.quantity.CountMention;
import org.marsad.core.quantity.CountUnit;
import org.marsad.core.segment.PageMeta;
import org.marsad.core.text.Token;
import org.marsad.core.time.DateMention;
import org.marsad.core.time.TimeCue;
import org.marsad.model.Event;
import org.marsad.model.EventDate;
import org.marsad.model.EventStatus;
import org.marsad.model.Location;
import org.marsad.model.Size;
import org.marsad.model.Source;
import org.marsad.model.Trigger;

/**
 * Builds the event record from a trigger, its status and roles, and the sentence's mentions: the nearest date, the
 * nearest place (preferring one after the trigger), the counts by slot, the page's source and the report's
 * attribution ("بحسب المرصد", "قال مصدر أمني").
 */
final class EventAssembler {
    private static final double[] BASE_CONFIDENCE = {0.8, 0.7, 0.6, 0.5};
    /** About five words: how far from a planned event's trigger an undirected date may stand. */
    static final int PLANNED_NEAR_CHARS = 30;

    /**
     * What every event of one sentence shares: the page's source with the report's attribution, and the counts by
     * slot. Worked out once per sentence that reports an event, not once per event.
     */
    record SentenceParts(Source source, Size size) {
        static SentenceParts of(SentenceContext ctx, SentenceView v) {
            return new SentenceParts(EventAssembler.source(ctx, v), EventAssembler.size(ctx.counts()));
        }
    }

    Event assemble(SentenceContext ctx, SentenceView v, TriggerHit h, EventStatus status, Roles roles,
                   SentenceParts parts) {
        String text = ctx.text();
        Token first = v.token(h.first());
        Token last = v.token(h.end() - 1);
        Trigger trigger = new Trigger(text.substring(first.start(), last.end()), first.start(), last.end());
        TriggerRule r = h.rule();
        String id = Event.idFor(ctx.page().docId(), ctx.article().index(), trigger, r.type());
        return new Event(id, ctx.page().docId(), ctx.article().index(), r.type(), r.mode(), r.contexts(), r.cameo(),
                r.type().quadClass(), status, roles.actor() == null ? null : roles.actor().toEntity(),
                roles.recipient() == null ? null : roles.recipient().toEntity(), trigger, date(ctx, v, h.first(), trigger, status, STATEMENTS.contains(r.type())),
                place(ctx, v, h), parts.size(), ctx.sentence().span(), parts.source(), r.name(),
                confidence(h, roles));
    }

    private static double confidence(TriggerHit h, Roles roles) {
        double c = BASE_CONFIDENCE[h.form().ordinal()];
        return roles.actor() == null ? c - 0.1 : c;
    }

    /**
     * The nearest date that fits the event's status: a date the text puts ahead ("المقرر أن تعقد الاثنين", "غداً")
     * dates only a planned event, and a date it puts behind ("أمس") never dates a planned one (it dates the
     * announcement). A planned event prefers a date put ahead; a date the text does not put ahead dates it only
     * right next to its trigger ("سيجتمعان اليوم"), not from across the sentence where it dates the announcement.
     */
    static EventDate date(SentenceContext ctx, Trigger t, EventStatus status) {
        return date(ctx, null, -1, t, status, false);
    }

    /**
     * Statements: what a speaker says. The day of the saying is the statement's day ("وكانت طهران أعلنت الثلاثاء
     * أن ... متوعدة بالرد" threatened on Tuesday), where it is not the day of an act the saying reports.
     */
    static final java.util.Set<org.marsad.model.EventType> STATEMENTS = java.util.EnumSet.of(
            org.marsad.model.EventType.REQUEST, org.marsad.model.EventType.ACCUSE, org.marsad.model.EventType.REJECT,
            org.marsad.model.EventType.THREATEN, org.marsad.model.EventType.SUPPORT);

    /**
     * As {@link #date(SentenceContext, Trigger, EventStatus)}, and a date that {@link #datesTheSaying dates the
     * saying} of what the trigger's clause tells does not date the event ({@code v} null: every date may), unless the
     * event is a {@code statement}: then the saying is the event.
     */
    static EventDate date(SentenceContext ctx, SentenceView v, int first, Trigger t, EventStatus status,
                          boolean statement) {
        boolean planned = status == EventStatus.PLANNED;
        DateMention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (DateMention d : ctx.dates()) {
            boolean ahead = d.cue() == TimeCue.FUTURE;
            if (planned ? d.cue() == TimeCue.PAST : ahead) {
                continue;
            }
            if (!planned && afterPublication(d, ctx.published())) {
                continue;
            }
            if (v != null && !statement && d.span().end() <= t.start() && datesTheSaying(v, d, first)) {
                continue;
            }
            if (v != null && !planned && d.span().start() >= t.end() && datesAPlan(v, d, t)) {
                continue;
            }
            if (v != null && datesAnotherNoun(v, d, first, t)) {
                continue;
            }
            int dist = d.span().start() >= t.end() ? d.span().start() - t.end() : Math.max(0, t.start() - d.span().end());
            if (planned && ahead) {
                dist -= ctx.sentence().span().length();
            } else if (planned && dist > PLANNED_NEAR_CHARS) {
                continue;
            }
            if (dist < bestDistance) {
                best = d;
                bestDistance = dist;
            }
        }
        return best == null ? EventDate.UNKNOWN : best.date();
    }

    /** How many tokens before a date the verb of saying may stand ("قالت مصادر بالإدارة الأميركية، صباح الاثنين"). */
    static final int SAYING_BEFORE = 6;

    /**
     * Whether the date, standing before the trigger (its first token {@code first}), dates a saying: a verb of
     * saying or an attribution ({@link CueKind#SOURCE}) stands at most {@value #SAYING_BEFORE} tokens before the
     * date, and a particle opening what is said ({@link CueKind#COMPLEMENT}: إن، أن، بأن) stands between the date and
     * the trigger. "قال الوزير الاثنين إن الهجوم على البلدة ..." tells when the minister spoke; the attack he speaks
     * of happened then or before, on a day the sentence does not give.
     */
    static boolean datesTheSaying(SentenceView v, DateMention d, int first) {
        int at = -1;
        int after = -1;
        for (int i = 0; i < first && i < v.size(); i++) {
            Token tok = v.token(i);
            if (at < 0 && tok.end() > d.span().start()) {
                at = i;
            }
            if (tok.start() >= d.span().end()) {
                after = i;
                break;
            }
        }
        return at >= 0 && after >= 0 && v.any(after, first, CueKind.COMPLEMENT)
                && v.any(v.clauseStart(at, SAYING_BEFORE), at, CueKind.SOURCE);
    }

    /** How many tokens before a date the relative pronoun of its clause may stand ("التي استهدفت فجر الاثنين"). */
    static final int RELATIVE_BEFORE = 8;
    /** How many tokens a relative clause's noun may take before its pronoun ("الضربة الجوية الإسرائيلية التي"). */
    static final int ANTECEDENT = 3;

    /**
     * Whether the date stands in a relative clause ({@link CueKind#RELATIVE}: الذي، التي ...) that tells of another
     * noun than the trigger: "ومنذ الهجوم الذي وقع يوم السبت، تجري واشنطن مباحثات" dates the attack, not the
     * talks; "تحتجز جثامين فلسطينيين قتلوا في المظاهرات التي جرت الجمعة" dates the protest, not the holding. The
     * date still dates a trigger that is the clause's noun ("الغارة التي شنتها الطائرات فجر الاثنين") or stands
     * inside the clause, before the date or after it with no comma between ("الهجوم الذي وقع الاثنين وأسفر عن
     * مقتل 14").
     */
    static boolean datesAnotherNoun(SentenceView v, DateMention d, int first, Trigger t) {
        int at = -1;
        for (int i = 0; i < v.size(); i++) {
            if (v.token(i).end() > d.span().start()) {
                at = i;
                break;
            }
        }
        if (at <= 0) {
            return false;
        }
        int relative = -1;
        for (int i = at - 1; i >= v.windowStart(at, RELATIVE_BEFORE, true); i--) {
            if (v.has(i, CueKind.RELATIVE)) {
                relative = i;
                break;
            }
        }
        if (relative < 0) {
            return false;
        }
        int from = v.token(Math.max(0, relative - ANTECEDENT)).start();
        if (t.start() < d.span().start()) {
            return t.start() < from;
        }
        int last = at;
        while (last + 1 < v.size() && v.token(last + 1).start() < d.span().end()) {
            last++;
        }
        int trigger = -1;
        for (int i = last + 1; i < v.size() && trigger < 0; i++) {
            trigger = v.token(i).start() >= t.start() ? i : -1;
        }
        return trigger < 0 || v.breakBetween(last, trigger, true);
    }

    /**
     * Whether the date begins after the publication day: what happened cannot be dated after the page that tells
     * it ("خرجوا في مسيرات تستمر حتى 15 أيار" on a page of April dates the end of the marches, not the shooting).
     */
    static boolean afterPublication(DateMention d, java.time.LocalDate published) {
        String value = d.date().value();
        if (published == null || value == null) {
            return false;
        }
        String day = published.toString();
        return value.compareTo(day.substring(0, Math.min(day.length(), value.length()))) > 0;
    }

    /**
     * Whether a date after the trigger stands behind a word that makes what follows planned ({@link CueKind#PLANNED}:
     * المقرر، يعتزم، سوف) standing between them: "هجوم على البلدة، في حين من المقرر أن يجتمع المجلس اليوم" dates the
     * meeting to come, not the attack.
     */
    static boolean datesAPlan(SentenceView v, DateMention d, Trigger t) {
        int from = -1;
        int to = -1;
        for (int i = 0; i < v.size(); i++) {
            Token tok = v.token(i);
            if (from < 0 && tok.start() >= t.end()) {
                from = i;
            }
            if (tok.end() > d.span().start()) {
                to = i;
                break;
            }
        }
        return from >= 0 && to > from && v.any(from, to, CueKind.PLANNED);
    }

    static Location place(SentenceContext ctx, SentenceView v, TriggerHit h) {
        return EventPlaces.choose(v.tokens(), ctx.places(), h.first(), h.end());
    }

    /**
     * The first count of each slot. A running toll ({@link CountMention#cumulative()}: "ارتفعت الحصيلة إلى 41") is not
     * this event's count and is skipped; a count of families ("نزوح 30 عائلة") is not a count of people, so it
     * fills no slot (displaced stays null rather than guessing a family size).
     */
    static Size size(List<CountMention> counts) {
        Integer[] slots = new Integer[4];
        boolean approximate = false;
        for (CountMention c : counts) {
            if (c.cumulative() || c.unit() != CountUnit.PEOPLE) {
                continue;
            }
            int i = c.slot().ordinal();
            if (slots[i] == null) {
                slots[i] = c.value();
                approximate |= c.approximate();
            }
        }
        if (slots[0] == null && slots[1] == null && slots[2] == null && slots[3] == null) {
            return Size.NONE;
        }
        return new Size(slots[0], slots[1], slots[2], slots[3], approximate);
    }

    static Source source(SentenceContext ctx, SentenceView v) {
        PageMeta m = ctx.page().meta();
        String published = m.published() != null ? m.published().toString()
                : ctx.published() == null ? null : ctx.published().toString();
        return new Source(m.url(), m.outlet(), published, attribution(ctx, v));
    }

    /**
     * The first mention the actor lexicon marks as a report source, else the mention right after an attribution cue
     * ("بحسب المرصد"), else the cue with its adjective ("مصادر أمنية").
     */
    static String attribution(SentenceContext ctx, SentenceView v) {
        for (ActorMention a : ctx.actors()) {
            if (a.code().source()) {
                return a.text();
            }
        }
        for (int i = 0; i < v.size(); i++) {
            if (!v.has(i, CueKind.SOURCE)) {
                continue;
            }
            for (ActorMention a : ctx.actors()) {
                if (a.firstToken() > i && a.firstToken() - i <= 2) {
                    return a.text();
                }
            }
            String n = v.token(i).norm();
            if ((n.endsWith("مصادر") || n.endsWith("مصدر")) && i + 1 < v.size()) {
                return ctx.text().substring(v.token(i).start(), v.token(i + 1).end());
            }
        }
        return null;
    }
}
