package org.marsad.core.decide;

import java.util.ArrayList;
import java.util.List;
import org.marsad.core.proposal.Candidate;
import org.marsad.core.proposal.Candidates;
import org.marsad.core.text.Token;
import org.marsad.model.Entity;
import org.marsad.model.Event;
import org.marsad.model.Span;

/**
 * Chooses which side suffered or was addressed in each candidate event: among the sides its sentence names other
 * than the actor, and nobody, the one a trained model finds likeliest. The features are {@link ActorFeatures} read
 * from the recipient's point of view (the event with its sides exchanged), so "the rules' choice" is the rules'
 * recipient; the model is its own ({@value #RESOURCE}). Run after the actor is chosen. Thread-safe.
 */
public final class RecipientChoice implements FieldDecider {
    /** The shipped model (docs/learning.md; its card beside it). */
    public static final String RESOURCE = "recipient-chooser.bin";

    private final LinearModel model;
    private final ActorFeatures features;

    public RecipientChoice(LinearModel model) {
        this.model = model;
        this.features = new ActorFeatures(model.bits());
    }

    /** The shipped model, or null when the build has none. */
    public static RecipientChoice shipped() {
        LinearModel m = Choices.shipped(RESOURCE);
        return m == null ? null : new RecipientChoice(m);
    }

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
        Event swapped = swapped(e);
        List<ActorOption> options = options(c);
        List<Token> tokens = c.at().sentence().tokens();
        int trigger = ActorChoice.triggerToken(tokens, e);
        List<Span> tolls = ActorChoice.counts(c);
        ActorOption best = Choices.likeliest(options,
                o -> features.logOdds(model, bag, swapped, o, options, text, tokens, trigger, tolls));
        Entity chosen = best.nobody() ? null : best.entity();
        boolean same = chosen == null ? e.recipient() == null : ActorFeatures.same(chosen, e.recipient());
        return same ? e : e.merged(e.actor(), chosen, e.date(), e.location(), e.size(), e.mentions());
    }

    /** The event seen from its recipient: actor and recipient exchanged. */
    public static Event swapped(Event e) {
        return e.merged(e.recipient(), e.actor(), e.date(), e.location(), e.size(), e.mentions());
    }

    /** Two sides of one code: no side acts on itself (TURMIL on TURMIL). */
    private static boolean sameCode(Entity a, Entity b) {
        return a != null && b != null && a.code() != null && a.code().equals(b.code());
    }

    /**
     * The sides a candidate's recipient may be: as for its actor ({@link ActorChoice#options}, a toll's victims
     * included), but not the actor
     * nor a side of the actor's code.
     */
    public static List<ActorOption> options(Candidate c) {
        Event e = c.event();
        List<ActorOption> out = new ArrayList<>();
        for (ActorOption o : ActorChoice.sides(new Candidate(swapped(e), c.named()), false)) {
            if (o.nobody() || !ActorFeatures.same(o.entity(), e.actor()) && !sameCode(o.entity(), e.actor())) {
                out.add(o);
            }
        }
        return out;
    }
}
