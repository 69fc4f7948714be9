package org.marsad.core.pipeline;

import java.util.List;
import org.marsad.core.dedup.ArticleEventMerger;
import org.marsad.core.entity.ActorRecognizer;
import org.marsad.core.event.EventCoder;
import org.marsad.core.geo.PlaceFinder;
import org.marsad.core.quantity.CountFinder;
import org.marsad.core.segment.ArticleSplitter;
import org.marsad.core.segment.SentenceSplitter;
import org.marsad.core.text.ArabicNormalizer;
import org.marsad.core.text.Tokenizer;
import org.marsad.core.text.WordHints;
import org.marsad.core.time.DateResolver;

/** Builds the standard pipeline: one normaliser shared by every stage, lexicons loaded once. */
final class PipelineFactory {
    private PipelineFactory() {
    }

    static Pipeline standard() {
        ArabicNormalizer normalizer = new ArabicNormalizer();
        EventCoder coder = EventCoder.standard(normalizer);
        DateResolver dates = new DateResolver(normalizer);
        CountFinder counts = new CountFinder(normalizer);
        PlaceFinder places = new PlaceFinder(normalizer);
        ActorRecognizer actors = new ActorRecognizer(normalizer);
        Tokenizer tokenizer = new Tokenizer(normalizer, new WordHints(List.of(coder.triggerHint(), coder.cueHint(),
                dates.quietHint(), counts.quietHint(), places.hint(), actors.lexicon().hint(), coder.yearHint())));
        return new Pipeline(new ArticleSplitter(), new SentenceSplitter(), tokenizer, actors, dates, counts, places,
                coder, new ArticleEventMerger());
    }
}
