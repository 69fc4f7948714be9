package org.marsad.eval.articles;

import java.time.LocalDate;
import java.util.List;

/** One gold article: headline (null: the page's main article), publication date (may be null), events. */
public record GoldArticle(int index, String headline, LocalDate published, List<GoldEvent> events) {
    public GoldArticle {
        events = List.copyOf(events);
    }

    /** Gold events whose absence is a false negative. */
    public long required() {
        return events.stream().filter(e -> !e.optional()).count();
    }
}
