package org.marsad.core.decide;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.marsad.core.entity.ActorMention;
import org.marsad.core.proposal.Candidate;
import org.marsad.core.proposal.Candidates;
import org.marsad.core.text.Token;
import org.marsad.model.Entity;
import org.marsad.model.Event;

/**
 * Chooses which side acted in each candidate event: among the sides its sentence names (not the report's
 * sources) and the actor the rules gave it, the one a trained model ({@link ActorFeatures}) finds likeliest. The
 * rules read the sides and propose one; the model decides (docs/learning.md). Thread-safe.
 */
public final class ActorChoice implements FieldDecider {
    /** The shipped model (docs/learning.md; its card beside it). */
    public static final String RESOURCE = "actor-chooser.bin";

    private final LinearModel model;
    private final ActorFeatures features;

    public ActorChoice(LinearModel model) {
        this.model = model;
        this.features = new ActorFeatures(model.bits());
    }

    /** The shipped model, or null when the build has none. */
    public static ActorChoice shipped() {
        try (InputStream in = ActorChoice.class.getResourceAsStream(RESOURCE)) {
            return in == null ? null : new ActorChoice(LinearModel.read(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shipped model " + RESOURCE, e);
        }
    }

    /** The candidates, each with the actor chosen. */
    @Override
    public Candidates decide(Candidates candidates) {
        List<Candidate> out = new ArrayList<>(candidates.list().size());
        for (Candidate c : candidates.list()) {
            out.add(new Candidate(choose(c, candidates.text()), c.named()));
        }
        return new Candidates(candidates.page(), candidates.article(), candidates.published(), out);
    }

    private Event choose(Candidate c, String text) {
        Event e = c.event();
        List<ActorOption> options = options(c);
        List<Token> tokens = c.at().sentence().tokens();
        int trigger = triggerToken(tokens, e);
        ActorOption best = null;
        double bestP = -1;
        for (ActorOption o : options) {
            double p = model.probability(features.of(e, o, options, text, tokens, trigger));
            if (p > bestP) {
                bestP = p;
                best = o;
            }
        }
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
     * The sides a candidate's actor may be: its sentence's mentions (not sources), the rules' actor if it stands
     * elsewhere, and {@link ActorOption#NOBODY}.
     */
    public static List<ActorOption> options(Candidate c) {
        List<ActorOption> out = new ArrayList<>();
        Entity actor = c.event().actor();
        boolean actorSeen = actor == null;
        for (ActorMention m : c.named().actors()) {
            if (m.code().source()) {
                continue;
            }
            Entity en = m.toEntity();
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
