package org.marsad.core.pipeline;

import org.marsad.core.assembly.ArticleAssembly;
import org.marsad.core.decide.ActorChoice;
import org.marsad.core.decide.EventDecider;
import org.marsad.core.decide.FieldDecider;
import org.marsad.core.decide.TrainedDecider;
import org.marsad.core.decide.PlaceChoice;
import org.marsad.core.decide.RecipientChoice;
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
import org.marsad.core.text.WordHintRegistry;
import org.marsad.core.time.DateResolver;

/**
 * Builds the standard pipeline: one normaliser shared by every stage, lexicons loaded once; each step registers
 * the word hints it reads, and the tokenizer is built last with them.
 */
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
        WordHintRegistry hints = new WordHintRegistry();
        RuleReader reader = new RuleReader(coder, dates, counts, hints);
        RuleNamer namer = new RuleNamer(actors, places, hints);
        RuleProposer proposer = new RuleProposer(coder, hints);
        Tokenizer tokenizer = new Tokenizer(normalizer, hints.close());
        FieldDecider fields = FieldDecider.RULES;
        ActorChoice actorChoice = ActorChoice.shipped();
        if (actorChoice != null) {
            fields = fields.then(actorChoice);
        }
        RecipientChoice recipientChoice = RecipientChoice.shipped();
        if (recipientChoice != null) {
            fields = fields.then(recipientChoice);
        }
        PlaceChoice placeChoice = PlaceChoice.shipped();
        if (placeChoice != null) {
            fields = fields.then(placeChoice);
        }
        EventDecider decider = TrainedDecider.shipped();
        if (decider == null) {
            decider = EventDecider.RULES;
        }
        return new Pipeline(new ArticleSplitter(), new SentenceSplitter(), tokenizer, reader, namer, proposer,
                fields, decider, new ArticleAssembly(ArticleEventMerger.standard()),
                new SentenceContexts(actors, dates, counts, places));
    }
}
