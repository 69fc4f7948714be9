package org.marsad.learn;

import java.util.ArrayList;
import java.util.List;
import org.marsad.core.decide.ActorChoice;
import org.marsad.core.decide.PlaceChoice;
import org.marsad.core.decide.PlaceFeatures;
import org.marsad.core.decide.PlaceOption;
import org.marsad.core.proposal.Candidate;
import org.marsad.core.text.Token;
import org.marsad.eval.articles.FieldRules;
import org.marsad.model.Location;

/**
 * Examples for the place choice ({@link GoldCandidates}): each place a held candidate could have happened at
 * ({@link PlaceChoice#options}, nowhere included) is an example, positive when {@code marsad eval articles} would
 * count it right (within 30 km of the coded place, or its name; nowhere when the coder gave none). Candidates whose
 * options hold no right one are left out.
 */
public final class PlaceExamples {
    private PlaceExamples() {
    }

    public static List<Choice> of(List<GoldCandidates.Held> held, PlaceFeatures features) {
        List<Choice> out = new ArrayList<>();
        for (GoldCandidates.Held h : held) {
            Candidate c = h.candidate();
            List<PlaceOption> options = PlaceChoice.options(c);
            List<Token> tokens = c.at().sentence().tokens();
            int trigger = ActorChoice.triggerToken(tokens, c.event());
            List<Example> examples = new ArrayList<>(options.size());
            int pick = -1;
            boolean any = false;
            Location current = c.event().location();
            for (int i = 0; i < options.size(); i++) {
                PlaceOption o = options.get(i);
                Location l = o.nowhere() ? null : o.mention().location();
                boolean right = FieldRules.place(l, h.gold().place());
                any |= right;
                if (current == null ? o.nowhere() : l != null && l.start() == current.start() && l.end() == current.end()) {
                    pick = i;
                }
                examples.add(new Example(features.of(c.event(), o, options, c.named().actors(), tokens, trigger),
                        right, h.document(), "ant"));
            }
            if (any) {
                out.add(new Choice(examples, pick));
            }
        }
        return out;
    }
}
