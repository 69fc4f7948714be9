package org.marsad.learn;

import java.util.ArrayList;
import java.util.List;
import org.marsad.core.decide.ActorChoice;
import org.marsad.core.decide.ActorFeatures;
import org.marsad.core.decide.ActorOption;
import org.marsad.core.proposal.Candidate;
import org.marsad.core.text.Token;
import org.marsad.eval.articles.FieldRules;
import org.marsad.eval.articles.GoldEvent;
import org.marsad.model.Entity;

/**
 * Examples for the actor choice ({@link GoldCandidates}): each side a held candidate could have as actor
 * ({@link ActorChoice#options}) is an example, positive when its code's country is the coded actor's (its first three
 * letters, alternatives and, for a symmetric event, the other side allowed), or, when the coder named no actor, when
 * it is nobody or a side without a country. Candidates whose sides hold no right one teach nothing and are left out.
 */
public final class ActorExamples {
    private ActorExamples() {
    }

    public static List<Choice> of(List<GoldCandidates.Held> held, ActorFeatures features) {
        List<Choice> out = new ArrayList<>();
        for (GoldCandidates.Held h : held) {
            Choice c = choice(h, features);
            if (c != null) {
                out.add(c);
            }
        }
        return out;
    }

    private static Choice choice(GoldCandidates.Held h, ActorFeatures features) {
        Candidate c = h.candidate();
        List<ActorOption> options = ActorChoice.options(c);
        List<Token> tokens = c.at().sentence().tokens();
        int trigger = ActorChoice.triggerToken(tokens, c.event());
        List<Example> examples = new ArrayList<>(options.size());
        int pick = -1;
        boolean any = false;
        for (int i = 0; i < options.size(); i++) {
            ActorOption o = options.get(i);
            boolean right = right(o, h.gold());
            any |= right;
            Entity actor = c.event().actor();
            if (actor == null ? o.nobody() : !o.nobody() && o.entity().start() == actor.start()
                    && o.entity().end() == actor.end()) {
                pick = i;
            }
            examples.add(new Example(features.of(c.event(), o, options, h.text(), tokens, trigger), right,
                    h.document(), "ant"));
        }
        return any ? new Choice(examples, pick) : null;
    }

    /**
     * Whether {@code o} is the coded actor: its country is the actor's (or, for a symmetric event, the other
     * side's); when the coder named no actor, nobody or a side without a country (unknown gunmen) is right.
     */
    static boolean right(ActorOption o, GoldEvent g) {
        if (g.actor().primary() == null) {
            return o.nobody() || o.entity().country() == null;
        }
        return !o.nobody() && (FieldRules.actor(o.entity(), g.actor())
                || g.symmetric() && FieldRules.actor(o.entity(), g.recipient()));
    }
}
