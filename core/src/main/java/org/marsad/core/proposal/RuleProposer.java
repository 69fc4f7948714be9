package org.marsad.core.proposal;

import java.util.ArrayList;
import java.util.List;
import org.marsad.core.event.EventCoder;
import org.marsad.core.event.SentenceContext;
import org.marsad.core.event.SentenceReading;
import org.marsad.core.geo.ArticlePlace;
import org.marsad.core.naming.Named;
import org.marsad.core.reading.Reading;
import org.marsad.core.reading.SentenceAt;
import org.marsad.core.text.WordHintRegistry;
import org.marsad.model.Event;

/**
 * The rules' candidates: each trigger read for its status and whether it reports an event ({@link EventCoder#read}:
 * status cues, the report filter), which needs the sentence's words, dates and counts only; then, in a sentence
 * that reports one, the sentence's actors and places are asked for (the naming step reads them then), and each
 * reported trigger is given its roles and assembled into an event with its date, counts and place, events of one
 * type merging in the sentence ({@link EventCoder#code(SentenceContext, SentenceReading)}); and, where a dated
 * sentence tells of an act on the ground without reporting it, that act as a reference
 * ({@link EventCoder#references}). Its word hints: may a
 * cue word stand at a token, may the token be a year, is it "منذ".
 */
public final class RuleProposer implements Proposer {
    private final EventCoder coder;

    /** Registers in {@code hints} what this step reads from the tokens. */
    public RuleProposer(EventCoder coder, WordHintRegistry hints) {
        this.coder = coder;
        hints.add(coder.cueHint());
        hints.add(coder.yearHint());
        hints.add(coder.sinceHint());
    }

    @Override
    public Proposal propose(Named named) {
        Reading r = named.reading();
        if (!r.hasTrigger()) {
            return Proposal.NONE;
        }
        SentenceAt at = r.at();
        SentenceReading reading = coder.read(at.text(), at.sentence(), r.triggers(), at.published(), r.dates(),
                r.counts());
        boolean reports = reading.reportsAny();
        // the mention first: the sentence's dates are found only when read (reading.Deferred)
        boolean refers = reading.mentionsAny(ArticlePlace.ON_THE_GROUND) && !r.dates().isEmpty();
        if (!reports && !refers) {
            return Proposal.NONE;
        }
        SentenceContext ctx = new SentenceContext(at.page(), at.article(), at.published(), at.sentence(),
                named.actors(), r.dates(), r.counts(), named.places());
        List<Event> references = refers ? coder.references(ctx, reading, ArticlePlace.ON_THE_GROUND) : List.of();
        if (!reports) {
            return new Proposal(List.of(), references);
        }
        List<Event> events = CarriedSubject.carry(coder.code(ctx, reading), named);
        List<Candidate> out = new ArrayList<>(events.size());
        for (Event e : events) {
            out.add(new Candidate(e, named));
        }
        return new Proposal(out, references);
    }
}
