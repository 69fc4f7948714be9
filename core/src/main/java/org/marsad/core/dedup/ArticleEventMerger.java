package org.marsad.core.dedup;

import org.marsad.core.budget.PageBudget;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.marsad.model.DatePrecision;
import org.marsad.model.Entity;
import org.marsad.model.Event;
import org.marsad.model.EventDate;
import org.marsad.model.EventType;
import org.marsad.model.Location;
import org.marsad.model.Mention;
import org.marsad.model.Size;
import org.marsad.model.Span;

/**
 * Merges the reports of one happening inside an article. Each event is folded into the first earlier event it
 * is {@link Compatibility#sameHappening compatible} with; the survivor keeps its id and trigger, takes the most
 * specific actor, recipient, date and place of the two, the larger counts, and lists the other report as a
 * mention. By the rules, events from one sentence are not merged with each other (a sentence that names two meetings
 * names two meetings), except an event whose trigger stands at most {@value #NEXT_TO_CHARS} characters from the
 * trigger of the group's first report in that sentence: "مقتل 47 شخصا بهجوم" tells one attack by its toll and by
 * its cause (issue 20: two events of one page for one happening split its cluster, since a cluster takes one report
 * per article). Only the first report's trigger counts, not a mention already folded in: an incident told beside a
 * mention ("أعلنت الوزارة مقتل صياد في قصف") is not pulled in by it; nor an event the first report led to
 * ("قصفت ... ما أدى إلى مقتل ثلاثة": see {@link Group#resultOf}). A trained {@link HappeningChoice}, when
 * shipped, decides instead which earlier happening each event reports. Before merging, each event takes what the
 * article around it says ({@link ArticleFrame}).
 */
public final class ArticleEventMerger {
    /** How far (characters between the triggers) an act's toll may follow it behind a result connector. */
    static final int RESULT_CHARS = 90;

    /** Words that introduce what an act led to: "ما أدى إلى", "أسفر عن", "خلّف", "أوقع" (with and without hamza; "خلف" unmarked is also "behind"). */
    static final List<String> RESULTS = List.of("أدى إلى", "أدى الى", "ادى الى", "أدت إلى", "أدت الى", "ادت الى",
            "أسفر عن", "اسفر عن", "أسفرت عن", "اسفرت عن", "خلّف", "أوقع", "اوقع");

    /** How far (characters between the triggers) the attack a toll names as its cause may follow it. */
    static final int CAUSE_CHARS = 80;

    /**
     * Words that name, right before an attack, the cause of a toll told before it: "قتل ستة مدنيين في قصف", "جراء
     * الغارة", "إثر هجوم" (an attack noun with بـ, "بقصف", names its cause as well).
     */
    static final List<String> CAUSES = List.of("في", "جراء", "جرّاء", "إثر", "اثر", "أثر", "بسبب", "خلال", "نتيجة",
            "نتيجه", "عقب");

    /** How close (characters between the triggers) two reports of one sentence must stand to be one happening. */
    static final int NEXT_TO_CHARS = 20;

    private final HappeningChoice choice;

    /** The rules' merge: each event joins the first earlier happening it is compatible with. */
    public ArticleEventMerger() {
        this(null);
    }

    /** The trained merge: {@code choice} decides which happening each event reports (null: the rules' merge). */
    public ArticleEventMerger(HappeningChoice choice) {
        this.choice = choice;
    }

    /** The trained merge when the build ships its model ({@link HappeningChoice#shipped()}), else the rules'. */
    public static ArticleEventMerger standard() {
        return new ArticleEventMerger(HappeningChoice.shipped());
    }

    /** The article's events as they stand before the merge: each with what the article around it says. */
    public static List<Event> framed(List<Event> events) {
        return events.size() < 2 ? events : ArticleFrame.apply(events);
    }

    /** The article's events merged, one per happening; {@code text} is the page's. */
    public List<Event> merge(List<Event> events, String text) {
        if (events.size() < 2) {
            return new ArrayList<>(events); // one event is one happening, as it stands (most articles code one at most)
        }
        if (choice == null) {
            List<Group> groups = new ArrayList<>();
            rulesMerge(ArticleFrame.apply(events), groups, new int[events.size()], text);
            return events(groups);
        }
        HappeningFeatures.Told told = HappeningFeatures.Told.of(ArticleFrame.apply(events), text);
        List<Group> groups = new ArrayList<>();
        int[] groupOf = new int[told.events().size()];
        for (int b = 0; b < told.events().size(); b++) {
            PageBudget.check("merging an article's events");
            int a = choice.choose(told, b);
            Event e = told.events().get(b);
            if (a < 0) {
                groupOf[b] = groups.size();
                groups.add(new Group(e));
            } else {
                groupOf[b] = groupOf[a];
                groups.get(groupOf[a]).fold(e);
            }
        }
        return events(groups);
    }

    /** The rules' merge of the article's events. */
    public List<Event> merge(List<Event> events) {
        if (events.size() < 2) {
            return new ArrayList<>(events); // one event is one happening, as it stands (most articles code one at most)
        }
        List<Group> groups = new ArrayList<>();
        rulesMerge(ArticleFrame.apply(events), groups, new int[events.size()], null);
        return events(groups);
    }

    /**
     * For each of an article's events as {@link #framed} gives them, the index of the happening the rules' merge
     * puts it in (happenings numbered in order of their first report).
     */
    public static int[] rulesHappenings(List<Event> framed, String text) {
        int[] out = new int[framed.size()];
        rulesMerge(framed, new ArrayList<>(), out, text);
        return out;
    }

    private static void rulesMerge(List<Event> framed, List<Group> groups, int[] groupOf, String text) {
        for (int i = 0; i < framed.size(); i++) {
            PageBudget.check("merging an article's events"); // thousands of reports of one happening fold slowly
            Event e = framed.get(i);
            Group into = target(groups, e, text);
            if (into == null) {
                groupOf[i] = groups.size();
                groups.add(new Group(e));
            } else {
                groupOf[i] = groups.indexOf(into);
                into.fold(e);
            }
        }
    }

    private static List<Event> events(List<Group> groups) {
        List<Event> out = new ArrayList<>(groups.size());
        for (Group g : groups) {
            out.add(g.event());
        }
        return out;
    }

    /**
     * The group the event joins: a compatible one that is the article's first of its type (the lead's event, told
     * again in detail further down), or any compatible one dated the same day. Two later shellings by the same side
     * in the same district, undated, are two shellings.
     */
    private static Group target(List<Group> groups, Event e, String text) {
        boolean first = true;
        for (Group g : groups) {
            if (g.head.type() != e.type()) {
                continue;
            }
            if ((first || sameDay(g.head.date(), e.date())) && (!g.holds(e.sentence()) || g.tellsNextTo(e)
                    || g.resultOf(e, text) || g.causeOf(e, text))
                    && Compatibility.sameHappening(g.head, e)) {
                return g;
            }
            first = false;
        }
        Group back = pointedBack(groups, e);
        return back != null ? back : sameSpeaker(groups, e);
    }

    /**
     * The article's merged events once their dates and places are filled from the article around them
     * ({@code ArticleDate}, {@code ArticlePlace}): an act on the ground that only then has a day and a place is the
     * same happening as an earlier act of its type told of that day and place, and is folded into it (issue 20: two
     * reports of one attack left apart in a page kept that page's second report out of the attack's cluster, which
     * takes one report per page). Both acts dated to the same day, both placed finer than a country at one place
     * (close or of one name, or a town and its province: {@link ClusterRule#places}), their sides compatible as the
     * merge reads them ({@link Compatibility#entities}: the cross-article rule's looser sides, the army and the
     * government of one state alike, merged true distinct events on the dev and wide articles), their tolls compatible
     * ({@link ClusterRule#tolls}) and their means not different: a shooting and a shelling the same
     * day in one area are two incidents ({@link #sameMeans}). {@code modeOf} gives the mode of a report by its trigger
     * (the article's events before the merge; a mention's mode is not on the merged event).
     */
    public static List<Event> sameDayRepeats(List<Event> events, java.util.function.Function<org.marsad.model.Trigger,
            org.marsad.model.Mode> modeOf) {
        if (events.size() < 2) {
            return events;
        }
        List<Group> groups = new ArrayList<>();
        boolean folded = false;
        for (Event e : events) {
            PageBudget.check("merging an article's events");
            Group into = null;
            for (Group g : groups) {
                if (repeatOf(g, e, modeOf)) {
                    into = g;
                    break;
                }
            }
            if (into == null) {
                groups.add(new Group(e));
            } else {
                into.fold(e);
                folded = true;
            }
        }
        return folded ? events(groups) : events;
    }

    /** Whether {@code e}, its fields filled from the article, repeats the happening of group {@code g}. */
    private static boolean repeatOf(Group g, Event e, java.util.function.Function<org.marsad.model.Trigger,
            org.marsad.model.Mode> modeOf) {
        Event h = g.head;
        if (h.type() != e.type() || h.status() != e.status() || h.article() != e.article()
                || !org.marsad.core.geo.ArticlePlace.ON_THE_GROUND.contains(e.type())
                || h.date().precision() != DatePrecision.DAY || !sameDay(h.date(), e.date())
                || !placed(h.location()) || !placed(e.location()) || !ClusterRule.places(h.location(), e.location())
                || !ClusterRule.tolls(h.size().dead(), e.size().dead())) {
            return false;
        }
        boolean roles = Compatibility.entities(h.actor(), e.actor()) && Compatibility.entities(h.recipient(), e.recipient())
                || Compatibility.swapped(h, e);
        return roles && sameMeans(g.modes(modeOf), modes(e, modeOf));
    }

    /** A place finer than a whole country, with coordinates. */
    private static boolean placed(Location l) {
        return l != null && l.lat() != null && l.lon() != null && l.featureCode() != null
                && org.marsad.core.geo.PlaceKind.ofFeatureCode(l.featureCode())
                != org.marsad.core.geo.PlaceKind.COUNTRY;
    }

    /** Shooting: the means of a report told by fire ("أطلقوا النار", "برصاص", "اشتباكات"). */
    private static final Set<org.marsad.model.Mode> FIRE = EnumSet.of(org.marsad.model.Mode.FIREARMS);

    /** Bombardment: shelling and air strikes ("قصف", "غارة"), one family since outlets name one strike both ways. */
    private static final Set<org.marsad.model.Mode> BOMBARDMENT = EnumSet.of(org.marsad.model.Mode.HEAVY_WEAPONS,
            org.marsad.model.Mode.AERIAL);

    /**
     * Whether two reports' means can be one incident's: not when one is told only by fire and the other only by
     * bombardment (a farmer killed by a shell at dawn and protesters shot at noon). Any other mode, or none, says
     * nothing against.
     */
    static boolean sameMeans(Set<org.marsad.model.Mode> a, Set<org.marsad.model.Mode> b) {
        return !(only(a, FIRE) && only(b, BOMBARDMENT) || only(a, BOMBARDMENT) && only(b, FIRE));
    }

    /** Whether the report's modes hold one of {@code family} and none of the other weapons family. */
    private static boolean only(Set<org.marsad.model.Mode> modes, Set<org.marsad.model.Mode> family) {
        boolean in = false;
        for (org.marsad.model.Mode m : modes) {
            if (family.contains(m)) {
                in = true;
            } else if (FIRE.contains(m) || BOMBARDMENT.contains(m)) {
                return false;
            }
        }
        return in;
    }

    /** The modes of an event's trigger and its mentions' triggers. */
    private static Set<org.marsad.model.Mode> modes(Event e, java.util.function.Function<org.marsad.model.Trigger,
            org.marsad.model.Mode> modeOf) {
        Set<org.marsad.model.Mode> out = EnumSet.noneOf(org.marsad.model.Mode.class);
        if (e.mode() != null) {
            out.add(e.mode());
        }
        for (Mention m : e.mentions()) {
            org.marsad.model.Mode x = modeOf.apply(m.trigger());
            if (x != null) {
                out.add(x);
            }
        }
        return out;
    }

    /** Statements: a speaker's call, accusation, rejection, threat or support told again further down. */
    static final Set<EventType> STATEMENTS = EnumSet.of(EventType.REQUEST, EventType.ACCUSE, EventType.REJECT,
            EventType.THREATEN, EventType.SUPPORT);

    /**
     * The statement a later one of the same speaker repeats: a speaker's call (accusation, rejection, threat,
     * support) told in the lead and again in a quote or a detail sentence is one statement (docs/annotation.md), even
     * when the two sentences date it differently (the lead by "أمس", the quote by the report). The nearest earlier
     * statement of the type and status, by a speaker of the same code (country and sector, both named), to a
     * recipient of the same country or unknown on one side, not in the same sentence; a date written in the later
     * sentence must fit. Two calls by one speaker to two different sides stay two.
     */
    static Group sameSpeaker(List<Group> groups, Event e) {
        if (!STATEMENTS.contains(e.type()) || e.actor() == null || e.actor().code() == null) {
            return null;
        }
        for (int i = groups.size() - 1; i >= 0; i--) {
            Group g = groups.get(i);
            Event h = g.head;
            if (h.type() == e.type() && h.status() == e.status() && h.actor() != null
                    && e.actor().code().equals(h.actor().code()) && sameCountry(h.recipient(), e.recipient())
                    && !g.holds(e.sentence())
                    && (!own(e.date().start(), e) || Compatibility.dates(h.date(), e.date()))) {
                return g;
            }
        }
        return null;
    }

    /**
     * The happening a definite event noun points back to ("الغارات", "الهجوم", "الاجتماع", "العملية العسكرية": the
     * attack or meeting told before, issue 16's one happening told in several sentences): the nearest earlier one of
     * its type and status whose actor is of the same country or unknown on one side. Only what the noun's own
     * sentence says about it can set it apart: a date or a place written there that does not fit; a date or place
     * it only took from the article around it, and its recipient (often misread in a detail sentence), do not.
     */
    static Group pointedBack(List<Group> groups, Event e) {
        if (!definiteNoun(e.trigger().text())) {
            return null;
        }
        for (int i = groups.size() - 1; i >= 0; i--) {
            Event h = groups.get(i).head;
            if (h.type() == e.type() && h.status() == e.status() && sameCountry(h.actor(), e.actor())
                    && (!own(e.date().start(), e) || Compatibility.dates(h.date(), e.date()))
                    && (e.location() == null || !own(e.location().start(), e)
                    || Compatibility.articlePlaces(h.location(), e.location()))) {
                return groups.get(i);
            }
        }
        return null;
    }

    /** Proclitics a definite noun may carry before its article: و, ف, ب, ك and their pairs ("وبالهجوم"). */
    private static final String PROCLITICS = "وفبك";

    /** A trigger that is a noun with the article: "الهجوم", "والغارات", "بالقصف", "للاجتماع". */
    static boolean definiteNoun(String trigger) {
        if (trigger == null) {
            return false;
        }
        int i = 0;
        while (i < 2 && i < trigger.length() && PROCLITICS.indexOf(trigger.charAt(i)) >= 0 && !trigger.startsWith("ال", i)) {
            i++;
        }
        return trigger.startsWith("ال", i) && trigger.length() - i > 3 || trigger.startsWith("لل", i) && trigger.length() - i > 3;
    }

    /** Whether an offset of the event's date or place lies in its own sentence (the text said it there). */
    private static boolean own(Integer start, Event e) {
        return start != null && start >= e.sentence().start() && start < e.sentence().end();
    }

    /** The same country (the first three letters of the codes), or unknown on one side. */
    private static boolean sameCountry(Entity a, Entity b) {
        if (a == null || b == null || a.code() == null || b.code() == null) {
            return true;
        }
        String x = a.code().length() < 3 ? a.code() : a.code().substring(0, 3);
        String y = b.code().length() < 3 ? b.code() : b.code().substring(0, 3);
        return x.equals(y);
    }

    private static boolean sameDay(EventDate a, EventDate b) {
        return a.value() != null && a.precision() == DatePrecision.DAY && a.value().equals(b.value());
    }

    /**
     * One happening: the merged fields so far, the other reports, and the sentences already in it (a short list: a
     * happening is told in a few sentences, and a hash set of spans cost more than looking through them).
     */
    private static final class Group {
        private Event head;
        private final List<Mention> mentions;
        private final List<Span> sentences = new ArrayList<>(4);

        Group(Event first) {
            head = first;
            mentions = new ArrayList<>(first.mentions());
            addSentence(first.sentence());
            first.mentions().forEach(m -> addSentence(m.sentence()));
        }

        private void addSentence(Span s) {
            if (!holds(s)) {
                sentences.add(s);
            }
        }

        /** The modes of the group's reports (its head's and its mentions', by their triggers). */
        Set<org.marsad.model.Mode> modes(java.util.function.Function<org.marsad.model.Trigger, org.marsad.model.Mode> modeOf) {
            Set<org.marsad.model.Mode> out = EnumSet.noneOf(org.marsad.model.Mode.class);
            if (head.mode() != null) {
                out.add(head.mode());
            }
            for (Mention m : mentions) {
                org.marsad.model.Mode x = modeOf.apply(m.trigger());
                if (x != null) {
                    out.add(x);
                }
            }
            return out;
        }

        /** Whether the group's first report is in the event's sentence, its trigger right before or after the event's. */
        boolean tellsNextTo(Event e) {
            return near(head.sentence(), head.trigger(), e);
        }

        /**
         * Whether the event is what the group's first report led to, in its sentence: "قصفت الطائرات البلدة ما أدى
         * إلى مقتل ثلاثة" (the killing is the shelling's toll, one happening), the words between the two triggers at
         * most {@value #RESULT_CHARS} characters and holding a result connector ({@link #RESULTS}).
         */
        boolean resultOf(Event e, String text) {
            int from = head.trigger().end();
            int to = e.trigger().start();
            if (text == null || !same(head.sentence(), e.sentence()) || to < from || to - from > RESULT_CHARS
                    || to > text.length()) {
                return false;
            }
            String between = text.substring(from, to);
            for (String r : RESULTS) {
                if (between.contains(r)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether the event is the attack the group's first report, a toll, names as its cause in its sentence: "قتل
         * ستة مدنيين على الأقل، في قصف نفذته القوات" (one happening told by its toll and its cause), the attack's
         * trigger at most {@value #CAUSE_CHARS} characters after the toll's, right after a cause word ({@link #CAUSES})
         * or itself with بـ ("بقصف").
         */
        boolean causeOf(Event e, String text) {
            int from = head.trigger().end();
            int to = e.trigger().start();
            if (text == null || !toll(head) || toll(e) || !same(head.sentence(), e.sentence()) || to < from
                    || to - from > CAUSE_CHARS || to > text.length()) {
                return false;
            }
            String t = e.trigger().text();
            if (t != null && (t.startsWith("ب") || t.startsWith("وب"))) {
                return true;
            }
            String between = text.substring(from, to).strip();
            while (!between.isEmpty() && "\"«'“".indexOf(between.charAt(between.length() - 1)) >= 0) {
                between = between.substring(0, between.length() - 1).strip();
            }
            int space = between.lastIndexOf(' ');
            String last = space < 0 ? between : between.substring(space + 1);
            while (!last.isEmpty() && "\"«'“".indexOf(last.charAt(0)) >= 0) {
                last = last.substring(1);
            }
            return CAUSES.contains(last);
        }

        /** A killing or death told by its toll (the rules' killing triggers: قتل, لقي مصرعه, مقتل). */
        private static boolean toll(Event e) {
            return e.rule() != null && e.rule().contains("/قتل#");
        }

        private static boolean near(Span sentence, org.marsad.model.Trigger t, Event e) {
            org.marsad.model.Trigger u = e.trigger();
            int gap = t.end() <= u.start() ? u.start() - t.end() : t.start() - u.end();
            return same(sentence, e.sentence()) && gap >= 0 && gap <= NEXT_TO_CHARS;
        }

        boolean holds(Span s) {
            for (Span x : sentences) {
                if (same(x, s)) {
                    return true;
                }
            }
            return false;
        }

        void fold(Event other) {
            boolean swapped = !(Compatibility.entities(head.actor(), other.actor())
                    && Compatibility.entities(head.recipient(), other.recipient()));
            Entity otherActor = swapped ? other.recipient() : other.actor();
            Entity otherRecipient = swapped ? other.actor() : other.recipient();
            mentions.add(new Mention(other.sentence(), other.trigger()));
            mentions.addAll(other.mentions());
            addSentence(other.sentence());
            other.mentions().forEach(m -> addSentence(m.sentence()));
            head = head.merged(finer(head.actor(), otherActor), finer(head.recipient(), otherRecipient),
                    finer(head.date(), other.date()), finer(head.location(), other.location()),
                    larger(head.size(), other.size()), List.of());
        }

        /** The happening's event: the head with the other reports as its mentions (the head itself when none). */
        Event event() {
            if (mentions.equals(head.mentions())) {
                return head;
            }
            return head.merged(head.actor(), head.recipient(), head.date(), head.location(), head.size(), mentions);
        }
    }

    /** The same sentence span, compared by its two offsets. */
    static boolean same(Span a, Span b) {
        return a.start() == b.start() && a.end() == b.end();
    }

    /** The entity with the longer code (a sector beats a bare country), the kept one on a tie. */
    private static Entity finer(Entity a, Entity b) {
        if (a == null || a.code() == null) {
            return b != null && b.code() != null ? b : a;
        }
        return b != null && b.code() != null && b.code().length() > a.code().length() ? b : a;
    }

    private static EventDate finer(EventDate a, EventDate b) {
        if (a.value() == null) {
            return b;
        }
        return b.value() != null && b.precision().ordinal() < a.precision().ordinal() ? b : a;
    }

    private static Location finer(Location a, Location b) {
        if (a == null) {
            return b;
        }
        if (b == null || b.lat() == null) {
            return a;
        }
        if (a.lat() == null) {
            return b;
        }
        int pa = a.precision() == null ? 3 : a.precision().code();
        int pb = b.precision() == null ? 3 : b.precision().code();
        return pb < pa ? b : a;
    }

    private static Size larger(Size a, Size b) {
        return new Size(max(a.dead(), b.dead()), max(a.injured(), b.injured()), max(a.arrested(), b.arrested()),
                max(a.displaced(), b.displaced()), a.approximate() || b.approximate());
    }

    private static Integer max(Integer x, Integer y) {
        if (x == null) {
            return y;
        }
        return y == null ? x : Math.max(x, y);
    }
}
