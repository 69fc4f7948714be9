package org.marsad.eval.articles;

import java.util.List;
import org.marsad.core.segment.Article;
import org.marsad.model.Event;

/**
 * A system article no gold article aligned to (a teaser, or an article the gold does not have). Every event it
 * yields is a false positive.
 */
public record StrayArticle(Article article, List<Event> events) {
    public StrayArticle {
        events = List.copyOf(events);
    }
}
