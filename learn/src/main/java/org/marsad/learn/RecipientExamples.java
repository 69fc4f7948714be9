package org.marsad.learn;

import java.util.ArrayList;
import java.util.List;
import org.marsad.core.decide.ActorChoice;
import org.marsad.core.decide.ActorFeatures;
import org.marsad.core.decide.ActorOption;
import org.marsad.core.decide.RecipientChoice;
import org.marsad.core.proposal.Candidate;
import org.marsad.core.text.Token;
import org.marsad.eval.articles.FieldRules;
import org.marsad.eval.articles.GoldEvent;
import org.marsad.model.Entity;
import org.marsad.model.Event;

/**
 * Examples for the recipient choice ({@link GoldCandidates}): each side a held candidate could have as recipient
 * ({@link RecipientChoice#options}, nobody included) is an example, positive when {@code marsad eval articles} counts
 * it right (the first three letters of the coded recipient or an alternative; nobody for none; for a symmetric
 * event the actor's too). Candidates whose options hold no right one are left out.
 */
public final class RecipientExamples {
    private RecipientExamples() {
    }

    public static List<Choice> of(List<GoldCandidates.Held> held, ActorFeatures features) {
        List<Choice> out = new ArrayList<>();
        for (GoldCandidates.Held h : held) {
            Candidate c = h.candidate();
            Event swapped = RecipientChoice.swapped(c.event());
            List<ActorOption> options = RecipientChoice.options(c);
            List<Token> tokens = c.at().sentence().tokens();
            int trigger = ActorChoice.triggerToken(tokens, c.event());
            List<Example> examples = new ArrayList<>(options.size());
            int pick = -1;
            boolean any = false;
            Entity current = c.event().recipient();
            for (int i = 0; i < options.size(); i++) {
                ActorOption o = options.get(i);
                boolean right = right(o, h.gold());
                any |= right;
                if (current == null ? o.nobody() : !o.nobody() && o.entity().start() == current.start()
                        && o.entity().end() == current.end()) {
                    pick = i;
                }
                examples.add(new Example(features.of(swapped, o, options, h.text(), tokens, trigger, ActorChoice.counts(c)), right,
                        h.document(), "ant"));
            }
            if (any) {
                out.add(new Choice(examples, pick));
            }
        }
        return out;
    }

    static boolean right(ActorOption o, GoldEvent g) {
        Entity side = o.nobody() ? null : o.entity();
        return FieldRules.code(side, g.recipient()) || g.symmetric() && side != null && FieldRules.code(side, g.actor());
    }
}
