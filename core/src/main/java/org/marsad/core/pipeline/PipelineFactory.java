package org.marsad.core.pipeline;

import java.util.List;
import org.marsad.core.assembly.RuleAssembly;
import org.marsad.core.decision.Decider;
import org.marsad.core.decision.RuleDecider;
import org.marsad.core.dedup.ArticleEventMerger;
import org.marsad.core.entity.ActorRecognizer;
import org.marsad.core.event.EventCoder;
import org.marsad.core.geo.PlaceFinder;
import org.marsad.core.naming.RuleNamer;
import org.marsad.core.proposal.RuleProposer;
import org.marsad.core.quantity.CountFinder;
import org.marsad.core.reading.RuleReader;
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
        return standard(new RuleDecider());
    }

    static Pipeline standard(Decider decider) {
        ArabicNormalizer normalizer = new ArabicNormalizer();
        EventCoder coder = EventCoder.standard(normalizer);
        DateResolver dates = new DateResolver(normalizer);
        CountFinder counts = new CountFinder(normalizer);
        PlaceFinder places = new PlaceFinder(normalizer);
        ActorRecognizer actors = new ActorRecognizer(normalizer);
        Tokenizer tokenizer = new Tokenizer(normalizer, new WordHints(List.of(coder.triggerHint(), coder.cueHint(),
                dates.quietHint(), counts.quietHint(), places.hint(), actors.lexicon().hint(), coder.yearHint())));
        return new Pipeline(new ArticleSplitter(), new SentenceSplitter(), tokenizer,
                new RuleReader(coder, dates, counts), new RuleNamer(actors, places), new RuleProposer(coder), decider,
                new RuleAssembly(coder), new ArticleEventMerger(), new SentenceContexts(actors, dates, counts, places));
    }
}
