package org.marsad.eval.articles;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.marsad.model.Event;

/**
 * Pairs system and gold events one-to-one, greedily, best agreement first. Only matching pairs (type and
 * actor) are candidates. Ties go to a required gold event before an optional one (so that an optional gold
 * event never takes a system event a required one could have had at equal agreement), then to page order.
 */
public final class EventPairer {
    private EventPairer() {
    }

    public static Pairing pair(List<GoldEvent> gold, List<Event> system) {
        List<Candidate> candidates = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            for (int s = 0; s < system.size(); s++) {
                Judgement j = Judgement.of(gold.get(g), system.get(s));
                if (j.matches()) {
                    candidates.add(new Candidate(j, g, s));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble((Candidate c) -> -c.judgement.agreement())
                .thenComparing(c -> c.judgement.gold().optional())
                .thenComparingInt(c -> c.gold)
                .thenComparingInt(c -> c.system));
        boolean[] goldTaken = new boolean[gold.size()];
        boolean[] systemTaken = new boolean[system.size()];
        List<Judgement> pairs = new ArrayList<>();
        for (Candidate c : candidates) {
            if (!goldTaken[c.gold] && !systemTaken[c.system]) {
                goldTaken[c.gold] = true;
                systemTaken[c.system] = true;
                pairs.add(c.judgement);
            }
        }
        pairs.sort(Comparator.comparingInt(j -> j.gold().index()));
        return new Pairing(pairs, left(system, systemTaken), left(gold, goldTaken));
    }

    private static <T> List<T> left(List<T> items, boolean[] taken) {
        List<T> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (!taken[i]) {
                out.add(items.get(i));
            }
        }
        return out;
    }

    private record Candidate(Judgement judgement, int gold, int system) {
    }
}
