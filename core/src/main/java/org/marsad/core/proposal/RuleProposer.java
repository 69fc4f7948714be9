package org.marsad.core.proposal;

import org.marsad.core.event.EventCoder;
import org.marsad.core.event.SentenceReading;
import org.marsad.core.naming.Named;
import org.marsad.core.reading.Reading;
import org.marsad.core.reading.SentenceAt;
import org.marsad.core.text.WordHintRegistry;

/**
 * The rules' reading of each trigger ({@link EventCoder#read}: status cues, the report filter), which needs the
 * sentence's words, dates and counts, not its actors or places: those stay unread here. Its word hints: may a
 * cue word stand at a token, may the token be a year.
 */
public final class RuleProposer implements Proposer {
    private final EventCoder coder;

    /** Registers in {@code hints} what this step reads from the tokens. */
    public RuleProposer(EventCoder coder, WordHintRegistry hints) {
        this.coder = coder;
        hints.add(coder.cueHint());
        hints.add(coder.yearHint());
    }

    @Override
    public Candidates propose(Named named) {
        Reading r = named.reading();
        if (!r.hasTrigger()) {
            return new Candidates(named, SentenceReading.NONE);
        }
        SentenceAt at = r.at();
        return new Candidates(named, coder.read(at.text(), at.sentence(), r.triggers(), at.published(), r.dates(),
                r.counts()));
    }
}
