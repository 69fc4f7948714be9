package org.marsad.core.pipeline;

import java.time.LocalDate;
import org.marsad.core.entity.ActorMemory;
import org.marsad.core.entity.ActorRecognizer;
import org.marsad.core.event.SentenceContext;
import org.marsad.core.geo.ArticleGeoContext;
import org.marsad.core.geo.PlaceFinder;
import org.marsad.core.quantity.CountFinder;
import org.marsad.core.segment.Article;
import org.marsad.core.segment.Page;
import org.marsad.core.text.Sentence;
import org.marsad.core.time.DateResolver;

/**
 * One sentence out of its article through every mention finder, whatever its triggers: what benchmarks and tests of
 * a single stage take as input ({@link Pipeline#context}). The chain itself reads less (see docs/architecture.md).
 */
public final class SentenceContexts {
    private final ActorRecognizer actors;
    private final DateResolver dates;
    private final CountFinder counts;
    private final PlaceFinder places;

    public SentenceContexts(ActorRecognizer actors, DateResolver dates, CountFinder counts, PlaceFinder places) {
        this.actors = actors;
        this.dates = dates;
        this.counts = counts;
        this.places = places;
    }

    /** {@code geo}: the countries of the places named earlier in the article, to tell ambiguous places apart. */
    SentenceContext context(Page page, Article article, LocalDate published, Sentence s, ArticleGeoContext geo) {
        String text = page.text();
        return new SentenceContext(page, article, published, s, actors.find(text, s, published, ActorMemory.EMPTY),
                dates.find(text, s, published), counts.find(text, s), places.find(text, s, geo));
    }
}
