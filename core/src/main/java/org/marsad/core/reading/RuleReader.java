package org.marsad.core.reading;

import java.util.List;
import org.marsad.core.event.EventCoder;
import org.marsad.core.event.TriggerHit;
import org.marsad.core.quantity.CountFinder;
import org.marsad.core.text.WordHintRegistry;
import org.marsad.core.time.DateResolver;

/**
 * Triggers from the trigger lexicon ({@link EventCoder#triggers}); dates ({@link DateResolver}) and counts
 * ({@link CountFinder}) only in a sentence with a trigger, and only when first read ({@link Deferred}). Its word
 * hints: may a trigger start at a token, is the
 * token's word quiet for dates, for counts. Immutable and thread-safe.
 */
public final class RuleReader implements SentenceReader {
    private final EventCoder coder;
    private final DateResolver dates;
    private final CountFinder counts;

    /** Registers in {@code hints} what this step reads from the tokens. */
    public RuleReader(EventCoder coder, DateResolver dates, CountFinder counts, WordHintRegistry hints) {
        this.coder = coder;
        this.dates = dates;
        this.counts = counts;
        hints.add(coder.triggerHint());
        hints.add(dates.quietHint());
        hints.add(counts.quietHint());
    }

    @Override
    public Reading read(SentenceAt at) {
        List<TriggerHit> hits = coder.triggers(at.sentence().tokens());
        if (hits.isEmpty()) {
            return new Reading(at, hits, List.of(), List.of());
        }
        String text = at.text();
        // found when first read: the report filter may reject every trigger before it needs them (see Deferred)
        return new Reading(at, hits, new Deferred<>(() -> dates.find(text, at.sentence(), at.published())),
                new Deferred<>(() -> counts.find(text, at.sentence())));
    }
}
