package org.marsad.core.pipeline;

import org.marsad.core.dedup.ArticleEventMerger;
import org.marsad.core.entity.ActorRecognizer;
import org.marsad.core.event.EventCoder;
import org.marsad.core.geo.PlaceFinder;
import org.marsad.core.quantity.CountFinder;
import org.marsad.core.segment.ArticleSplitter;
import org.marsad.core.text.ArabicNormalizer;
import org.marsad.core.text.SentenceSplitter;
import org.marsad.core.text.Tokenizer;
import org.marsad.core.time.DateResolver;

/** Builds the standard pipeline: one normaliser shared by every stage, lexicons loaded once. */
final class PipelineFactory {
    private PipelineFactory() {
    }

    static Pipeline standard() {
        ArabicNormalizer normalizer = new ArabicNormalizer();
        EventCoder coder = EventCoder.standard(normalizer);
        Tokenizer tokenizer = new Tokenizer(normalizer, coder.triggerHint());
        return new Pipeline(new ArticleSplitter(), new SentenceSplitter(), tokenizer, new ActorRecognizer(normalizer),
                new DateResolver(normalizer), new CountFinder(normalizer), new PlaceFinder(normalizer), coder,
                new ArticleEventMerger());
    }
}
