package org.marsad.core.event;

import java.time.LocalDate;
import java.util.List;
import org.marsad.core.entity.ActorMention;
import org.marsad.core.geo.PlaceMention;
import org.marsad.core.quantity.CountMention;
import org.marsad.core.segment.Article;
import org.marsad.core.segment.Page;
import org.marsad.core.text.Sentence;
import org.marsad.core.time.DateMention;

/** Everything the coder knows about one sentence: where it stands and what the earlier stages found in it. */
public record SentenceContext(Page page, Article article, LocalDate published, Sentence sentence,
                              List<ActorMention> actors, List<DateMention> dates, List<CountMention> counts,
                              List<PlaceMention> places) {
    public SentenceContext {
        actors = List.copyOf(actors);
        dates = List.copyOf(dates);
        counts = List.copyOf(counts);
        places = List.copyOf(places);
    }

    public String text() {
        return page.text();
    }
}
