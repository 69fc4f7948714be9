package org.marsad.core.proposal;

import org.marsad.core.event.EventCoder;
import org.marsad.core.event.SentenceReading;
import org.marsad.core.naming.Named;
import org.marsad.core.reading.Reading;
import org.marsad.core.reading.SentenceAt;

/**
 * The rules' reading of each trigger ({@link EventCoder#read}: status cues, the report filter), which needs the
 * sentence's words, dates and counts, not its actors or places: those stay unread here.
 */
public final class RuleProposer implements Proposer {
    private final EventCoder coder;

    public RuleProposer(EventCoder coder) {
        this.coder = coder;
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
