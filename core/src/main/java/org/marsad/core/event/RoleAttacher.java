package org.marsad.core.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.marsad.core.entity.ActorMention;
import org.marsad.core.geo.PlaceMention;
import org.marsad.core.text.Token;
import org.marsad.model.EventType;

/**
 * Attaches actor and recipient mentions to a trigger for Arabic word orders:
 * <ul>
 * <li>verb, VSO: "قصفت القوات التركية قرية ..." — the first mention after the verb acts, the next one suffers;
 *     SVO: "القوات التركية قصفت ..." — a mention right before the verb (or, with nobody after it, the nearest one
 *     before it) acts and the mention after the verb suffers;</li>
 * <li>attack or arrest verb followed by a number: "قتل 15 شخصا" — passive, read as a patient verb (a protest verb
 *     is intransitive: "اعتصم عشرات المواطنين" keeps its subject as actor);</li>
 * <li>patient verb and verbal noun: "اغتيل الوزير برصاص مسلحين", "اغتيال الوزير" — the mention after (or before)
 *     is the recipient (unless it is a relational adjective: "بقصف تركي" is Turkish shelling); a later
 *     mention introduced by بـ, "على يد" or "من قبل" is the actor;</li>
 * <li>noun: "غارة تركية على القرية", "اجتماع بين الجانبين" — the mention right after acts unless على/ضد
 *     introduces it (then it suffers); with nobody after, the nearest mention before acts ("شنت القوات غارة").</li>
 * <li>protest: a place is neither actor nor target; with no actor near the trigger, the sentence's first mention
 *     of people who protest acts.</li>
 * </ul>
 */
final class RoleAttacher {
    static final int NEAR = 4;
    static final int FAR = 8;
    static final int LIGHT_SPAN = 8;
    private static final Set<String> AGAINST = Set.of("علي", "ضد", "استهدف", "استهدفت", "بحق");
    private static final Set<String> BY = Set.of("يد", "ايدي", "قبل");
    private static final Set<String> PROTESTERS = Set.of("CVL", "OPP", "LAB", "EDU", "REL", "PTY", "HRI", "NGO");
    private static final Set<String> PREPOSITIONS = Set.of("في", "علي", "من", "الي", "عن", "خلال", "اثناء", "جراء", "اثر");
    /**
     * Weapons introduced by بـ ("برصاص الاحتلال", "بنيران الجيش", "بغارات التحالف"): the mention right after them
     * fired, so it acts, whatever the victim-first clause before says.
     */
    /** How many words may stand between the weapon and its shooter ("برصاص الاحتلال الإسرائيلي"). */
    static final int WEAPON_GAP = 1;
    private static final Set<String> BY_WEAPON = Set.of("برصاص", "بالرصاص", "بنيران", "بنار", "بقذائف", "بقذيفه",
            "بصاروخ", "بصواريخ", "بغاره", "بغارات", "بضربات", "بضربه");

    /**
     * The mentions of a sentence that may take a role, in the order they stand: not the report's sources. Worked out
     * once per sentence, for all its triggers ({@link #attach}).
     */
    static List<ActorMention> candidates(List<ActorMention> mentions) {
        List<ActorMention> out = new ArrayList<>(mentions.size());
        for (ActorMention m : mentions) {
            if (!m.code().source()) {
                out.add(m);
            }
        }
        if (!inOrder(out)) {
            out.sort(BY_FIRST_TOKEN);
        }
        return out;
    }

    /** Mentions mostly come in the order they stand: then a (stable) sort would leave them as they are. */
    private static boolean inOrder(List<ActorMention> mentions) {
        for (int i = 1; i < mentions.size(); i++) {
            if (mentions.get(i - 1).firstToken() > mentions.get(i).firstToken()) {
                return false;
            }
        }
        return true;
    }

    private static final Comparator<ActorMention> BY_FIRST_TOKEN = Comparator.comparingInt(ActorMention::firstToken);

    /**
     * The roles of a trigger among the sentence's {@link #candidates}. A mention that is also a place ("بغداد") may
     * suffer but does not act.
     */
    Roles attach(SentenceView v, TriggerHit h, List<ActorMention> sorted, List<PlaceMention> places) {
        ActorMention after = firstAfter(v, sorted, h.end(), NEAR);
        ActorMention before = lastBefore(v, sorted, h.first());
        if (after != null && weaponBefore(v, after) && after.firstToken() - h.end() <= WEAPON_GAP) {
            return new Roles(after, before);
        }
        Roles r = switch (h.form()) {
            case VERB -> verb(v, sorted, h, after, before);
            case PATIENT_VERB -> patient(v, sorted, after != null ? after : before, h);
            case VERBAL_NOUN -> after != null && nisba(v, after) ? noun(v, sorted, after, before)
                    : patient(v, sorted, after != null ? after : before, h);
            case NOUN -> noun(v, sorted, after, prepositionBefore(v, h) ? null : before);
        };
        if (h.form() == TriggerForm.NOUN || h.form() == TriggerForm.VERBAL_NOUN) {
            r = lightVerbSubject(v, sorted, h, r);
        }
        r = r.actor() != null && isPlace(r.actor(), places) && !actingCountry(r.actor(), places)
                ? new Roles(null, r.recipient()) : r;
        return h.rule().type() == EventType.PROTEST ? protest(r, sorted, places) : r;
    }

    /**
     * A protest's target is an actor, not the town it happens in; and its actor, when no mention stands next to
     * the trigger, is the sentence's first mention of people who protest ("المتظاهرون", "الطلاب", a party).
     */
    private static Roles protest(Roles r, List<ActorMention> sorted, List<PlaceMention> places) {
        ActorMention recipient = r.recipient() != null && isPlace(r.recipient(), places) ? null : r.recipient();
        ActorMention actor = r.actor();
        if (actor == null && recipient != null && PROTESTERS.contains(String.valueOf(recipient.code().sector()))) {
            return new Roles(recipient, null);
        }
        if (actor == null) {
            for (ActorMention m : sorted) {
                if (m != recipient && !isPlace(m, places) && PROTESTERS.contains(String.valueOf(m.code().sector()))) {
                    actor = m;
                    break;
                }
            }
        }
        return new Roles(actor, recipient);
    }

    private Roles verb(SentenceView v, List<ActorMention> sorted, TriggerHit h, ActorMention after, ActorMention before) {
        boolean harm = h.rule().type() == EventType.ASSAULT || h.rule().type() == EventType.COERCE;
        if (harm && after != null && countBetween(v, h.end(), after)) {
            return patient(v, sorted, after, h);
        }
        if (after != null && governed(v, after) && before != null) {
            return new Roles(before, after);
        }
        return after != null && !adjacentBefore(before, h)
                ? new Roles(after, firstAfter(v, sorted, after.endToken(), FAR))
                : new Roles(before, firstAfter(v, sorted, h.end(), FAR));
    }

    /**
     * A mention after a preposition ("طلب من نظيره", "اتصل بالرئيس") is no subject: with a subject before the verb,
     * that one acts and the governed mention is the other side.
     */
    private static boolean governed(SentenceView v, ActorMention m) {
        int i = m.firstToken();
        Token t = v.token(i);
        boolean clitic = t.proclitics().startsWith("ب") || t.proclitics().startsWith("ل") || t.proclitics().startsWith("وب")
                || t.proclitics().startsWith("ول");
        return clitic && !t.norm().startsWith("ال") || i > 0 && PREPOSITIONS.contains(v.token(i - 1).norm());
    }

    /** "قتل 15 شخصا": a number right after the verb starts its patient, so the verb reads as passive. */
    private static boolean countBetween(SentenceView v, int from, ActorMention m) {
        for (int i = from; i <= m.firstToken() && i < v.size(); i++) {
            if (v.token(i).isNumber() || v.has(i, CueKind.NUMBER)) {
                return true;
            }
        }
        return false;
    }

    /** "في الهجوم", "بالقصف": a noun after a preposition is no predicate of a mention before it. */
    private static boolean prepositionBefore(SentenceView v, TriggerHit h) {
        Token t = v.token(h.first());
        boolean clitic = t.proclitics().contains("ب") || t.proclitics().contains("ل") || t.proclitics().contains("ك");
        return clitic || h.first() > 0 && PREPOSITIONS.contains(v.token(h.first() - 1).norm());
    }

    /** An indefinite relational adjective ("تركي", "إسرائيلية"): after a verbal noun it names the agent. */
    private static boolean nisba(SentenceView v, ActorMention m) {
        if (m.endToken() - m.firstToken() != 1) {
            return false;
        }
        String n = v.token(m.firstToken()).norm();
        return !n.startsWith("ال") && (n.endsWith("ي") || n.endsWith("يه") || n.endsWith("يين") || n.endsWith("يون"));
    }

    /**
     * An event noun carried by a light verb earlier in its clause ("عقد الجانبان التركي والروسي اجتماعاً",
     * "توصلت إسرائيل وحماس إلى اتفاق", "تواصل تركيا قصفها"): the first mention between the verb and the noun is
     * its subject and acts, a second one there is the other side. After "تعرض" the subject suffers
     * ("تعرضت دورية لهجوم"). With no mention in between, the roles read from the noun stand.
     */
    private static Roles lightVerbSubject(SentenceView v, List<ActorMention> sorted, TriggerHit h, Roles r) {
        int from = v.clauseStart(h.first(), LIGHT_SPAN);
        int light = -1;
        for (int i = h.first() - 1; i >= from && light < 0; i--) {
            if (v.has(i, CueKind.LIGHT) || v.has(i, CueKind.ONGOING) || v.has(i, CueKind.UNDERGO)) {
                light = i;
            }
        }
        if (light < 0) {
            return r;
        }
        ActorMention first = null;
        ActorMention second = null;
        for (ActorMention m : sorted) {
            if (m.firstToken() > light && m.endToken() <= h.first()) {
                if (first == null) {
                    first = m;
                } else if (second == null) {
                    second = m;
                }
            }
        }
        if (first == null) {
            return r;
        }
        if (v.token(light).norm().contains("تعرض")) {
            return new Roles(r.actor() == first ? null : r.actor(), first);
        }
        return new Roles(first, second != null ? second : r.recipient() == first ? null : r.recipient());
    }

    /** A country named as such and not as a location ("توصلت إسرائيل", not "في إسرائيل") can act. */
    private static boolean actingCountry(ActorMention m, List<PlaceMention> places) {
        for (PlaceMention p : places) {
            if (p.firstToken() <= m.firstToken() && m.endToken() <= p.endToken()) {
                String fc = p.location() == null ? null : p.location().featureCode();
                return !p.locative() && fc != null && fc.startsWith("PCL");
            }
        }
        return false;
    }

    private static boolean isPlace(ActorMention m, List<PlaceMention> places) {
        for (PlaceMention p : places) {
            if (p.firstToken() <= m.firstToken() && m.endToken() <= p.endToken()) {
                return true;
            }
        }
        return false;
    }

    /** A subject written right before its verb: SVO, so the mention after the verb is the object. */
    private static boolean adjacentBefore(ActorMention before, TriggerHit h) {
        return before != null && before.endToken() == h.first();
    }

    private Roles patient(SentenceView v, List<ActorMention> sorted, ActorMention victim, TriggerHit h) {
        int from = victim != null && victim.firstToken() >= h.end() ? victim.endToken() : h.end();
        ActorMention agent = firstAfter(v, sorted, from, FAR);
        if (agent != null && !introducedByAgent(v, agent)) {
            agent = null;
        }
        return new Roles(agent, victim);
    }

    private Roles noun(SentenceView v, List<ActorMention> sorted, ActorMention after, ActorMention before) {
        if (after != null && !against(v, after)) {
            ActorMention target = firstAfter(v, sorted, after.endToken(), FAR);
            return new Roles(after, target);
        }
        return new Roles(before, after);
    }

    private static boolean against(SentenceView v, ActorMention m) {
        int i = m.firstToken();
        return i > 0 && AGAINST.contains(v.token(i - 1).norm());
    }

    /**
     * Whether a weapon introduced by بـ ("برصاص", "بنيران") stands right before {@code m}, or one word before it
     * ("برصاص الاحتلال الإسرائيلي", where the mention is the adjective).
     */
    private static boolean weaponBefore(SentenceView v, ActorMention m) {
        int i = m.firstToken();
        for (int k = i - 1; k >= 0 && k >= i - 1 - WEAPON_GAP; k--) {
            String n = v.token(k).norm();
            if (BY_WEAPON.contains(n) || n.startsWith("و") && BY_WEAPON.contains(n.substring(1))) {
                return !v.breakBetween(k, i, false);
            }
        }
        return false;
    }

    /** "قتل 50 فلسطينيا خلال مواجهات مع الجيش": the other side of the clash the victims fell in did the killing. */
    private static boolean clashWith(SentenceView v, ActorMention m) {
        int i = m.firstToken();
        return i > 1 && v.token(i - 1).norm().equals("مع") && CLASHES.contains(v.token(i - 2).norm());
    }

    private static final Set<String> CLASHES = Set.of("مواجهات", "اشتباكات", "المواجهات", "الاشتباكات", "مواجهه",
            "اشتباك");

    private static boolean introducedByAgent(SentenceView v, ActorMention m) {
        int i = m.firstToken();
        if (weaponBefore(v, m) || clashWith(v, m)) {
            return true;
        }
        boolean byPrefix = v.token(i).norm().startsWith("ب") && v.token(i).proclitics().contains("ب");
        return byPrefix || i > 0 && BY.contains(v.token(i - 1).norm());
    }

    /** The first mention starting in {@code [from, from + width)} with no hard break in between. */
    static ActorMention firstAfter(SentenceView v, List<ActorMention> sorted, int from, int width) {
        for (ActorMention m : sorted) {
            if (m.firstToken() >= from) {
                boolean near = m.firstToken() - from < width && !v.breakBetween(from - 1, m.firstToken(), false);
                return near ? m : null;
            }
        }
        return null;
    }

    /** The nearest mention ending at most {@link #NEAR} tokens before {@code first}, in the same clause. */
    static ActorMention lastBefore(SentenceView v, List<ActorMention> sorted, int first) {
        ActorMention best = null;
        for (ActorMention m : sorted) {
            if (m.endToken() <= first && first - m.endToken() < NEAR && !v.breakBetween(m.endToken() - 1, first, false)) {
                best = m;
            }
        }
        return best;
    }
}
