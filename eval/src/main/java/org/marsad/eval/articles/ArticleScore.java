package org.marsad.eval.articles;

import java.util.List;
import org.marsad.model.Event;

/** One gold article scored: its alignment, the events the system gave the aligned article, and the pairing. */
public record ArticleScore(Alignment alignment, List<Event> system, Pairing pairing) {
    public ArticleScore {
        system = List.copyOf(system);
    }

    public GoldArticle gold() {
        return alignment.gold();
    }
}
