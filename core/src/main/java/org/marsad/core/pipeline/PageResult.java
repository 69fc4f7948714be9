package org.marsad.core.pipeline;

import java.util.List;
import org.marsad.core.segment.Article;
import org.marsad.core.segment.Page;
import org.marsad.model.Event;

/** A page, the articles found in it (teasers included, marked), and the events coded from it. */
public record PageResult(Page page, List<Article> articles, List<Event> events) {
    public PageResult {
        articles = List.copyOf(articles);
        events = List.copyOf(events);
    }
}
