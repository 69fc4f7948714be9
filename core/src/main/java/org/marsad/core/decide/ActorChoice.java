package org.marsad.core.decide;

import java.util.ArrayList;
import java.util.List;
import org.marsad.core.entity.ActorMention;
import org.marsad.core.proposal.Candidate;
import org.marsad.core.proposal.Candidates;
import org.marsad.core.text.Token;
import org.marsad.model.Entity;
import org.marsad.model.Event;
import org.marsad.model.EventType;
import org.marsad.model.Span;
import org.marsad.core.quantity.CountMention;

/**
 * Chooses which side acted in each candidate event: among the sides its sentence names (not the report's
 * sources) and the actor the rules gave it, the one a trained model ({@link ActorFeatures}) finds likeliest. The
 * rules read the sides and propose one; the model decides (docs/learning.md). Thread-safe.
 */
public final class ActorChoice implements FieldDecider {
    /** The shipped model (docs/learning.md; its card beside it). */
    public static final String RESOURCE = "actor-chooser.bin";

    /**
     * Types whose sides the rules' own reading keeps: a protest's actor is the people who protest
     * (RoleAttacher's protest reading), and the article gold has too few protests (10 in its train part) to learn
     * it: with the model, GSR's protest actors were right 0.154 of the time, with the rules 0.392.
     */
    static final java.util.Set<EventType> RULES_READ = java.util.EnumSet.of(EventType.PROTEST);

    private final LinearModel model;
    private final ActorFeatures features;

    public ActorChoice(LinearModel model) {
        this.model = model;
        this.features = new ActorFeatures(model.bits());
    }

    /** The shipped model, or null when the build has none. */
    public static ActorChoice shipped() {
        LinearModel m = Choices.shipped(RESOURCE);
        return m == null ? null : new ActorChoice(m);
    }

    /** The candidates, each with the actor chosen. */
    @Override
    public Candidates decide(Candidates candidates) {
        HashedBag bag = features.bag(); // one for every option of every candidate of this call
        return Choices.map(candidates, c -> choose(c, candidates.text(), bag));
    }

    private Event choose(Candidate c, String text, HashedBag bag) {
        Event e = c.event();
        if (ActorChoice.RULES_READ.contains(e.type())) {
            return e;
        }
        List<ActorOption> options = options(c);
        List<Token> tokens = c.at().sentence().tokens();
        int trigger = triggerToken(tokens, e);
        List<Span> tolls = counts(c);
        ActorOption best = Choices.likeliest(options,
                o -> features.logOdds(model, bag, e, o, options, text, tokens, trigger, tolls));
        if (best.nobody()) {
            return e.actor() == null ? e : e.merged(null, e.recipient(), e.date(), e.location(), e.size(), e.mentions());
        }
        if (ActorFeatures.same(best.entity(), e.actor())) {
            return e;
        }
        Entity recipient = ActorFeatures.same(best.entity(), e.recipient()) ? e.actor() : e.recipient();
        return e.merged(best.entity(), recipient, e.date(), e.location(), e.size(), e.mentions());
    }

    /**
     * The sides a candidate's actor may be: its sentence's mentions (not sources, not a toll's victims nor a side
     * the act is against), the rules' actor if it stands elsewhere, and {@link ActorOption#NOBODY}.
     */
    public static List<ActorOption> options(Candidate c) {
        return sides(c, true);
    }

    /** The sides of {@link #options}: all of them, or not those a toll counts or the act is against ({@code notVictims}). */
    static List<ActorOption> sides(Candidate c, boolean notVictims) {
        List<ActorOption> out = new ArrayList<>();
        Entity actor = c.event().actor();
        boolean actorSeen = actor == null;
        List<Span> tolls = counts(c);
        for (ActorMention m : c.named().actors()) {
            Entity en = m.toEntity();
            if (m.code().source() || notVictims && (counted(m.span(), tolls, c.at().text())
                    || targeted(c.at().sentence().tokens(), m.firstToken()))) {
                actorSeen |= ActorFeatures.same(en, actor); // the rules' actor is a victim: not an option either
                continue;
            }
            if (ActorFeatures.same(en, actor)) {
                en = actor;
                actorSeen = true;
            } else if (ActorFeatures.same(en, c.event().recipient())) {
                en = c.event().recipient();
            }
            out.add(new ActorOption(en, m.firstToken(), m.endToken()));
        }
        if (!actorSeen) {
            out.add(new ActorOption(actor, -1, -1));
        }
        out.add(ActorOption.NOBODY);
        return out;
    }

    /**
     * A side a casualty count counts ("قتل ثلاثة جنود", "اعتقال 12 ناشطا") is the toll's victims: it never acts. The
     * count stands inside the side's words, spans their first word ("خمسة مدنيين" as one count), or stands right
     * before them.
     */
    static boolean counted(Span side, List<Span> tolls, String text) {
        for (Span c : tolls) {
            if (c.start() < side.end() && side.start() < c.end()) { // the count and the side's words overlap
                return true;
            }
            if (c.end() <= side.start() && side.start() - c.end() <= 2 && text.substring(c.end(), side.start()).isBlank()) {
                return true;
            }
        }
        return false;
    }

    /** Words that introduce what an act is against: "هجوم على دورية", "حملة ضد", "انتهاكات بحق". */
    private static final java.util.Set<String> AGAINST = java.util.Set.of("علي", "ضد", "بحق");

    /** A side introduced by على، ضد or بحق is what the act is against: it never acts. */
    static boolean targeted(List<Token> tokens, int first) {
        return first > 0 && first - 1 < tokens.size() && AGAINST.contains(tokens.get(first - 1).norm());
    }

    /** The spans of the counts the sentence gives. */
    public static List<Span> counts(Candidate c) {
        List<Span> out = new ArrayList<>(c.reading().counts().size());
        for (CountMention m : c.reading().counts()) {
            out.add(m.span());
        }
        return out;
    }

    /** The index of the sentence's first token at or after the trigger's start. */
    public static int triggerToken(List<Token> tokens, Event e) {
        int start = e.trigger().start();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).end() > start) {
                return i;
            }
        }
        return tokens.size();
    }

    public LinearModel model() {
        return model;
    }

    public ActorFeatures features() {
        return features;
    }
}
