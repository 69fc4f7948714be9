package org.marsad.core.proposal;

import java.util.List;
import org.marsad.core.event.SentenceReading;
import org.marsad.core.naming.Named;
import org.marsad.core.reading.Reading;
import org.marsad.core.reading.SentenceAt;

/**
 * What the rules propose in one sentence: each trigger as they read it ({@link SentenceReading.Read}: the hit with
 * its rule, type and token range, its status, and the rules' verdict, reports an event or only mentions one), with
 * everything known of the sentence: its {@link Named} (actors and places, read when asked), its {@link Reading}
 * (dates, counts) and where it stands ({@link SentenceAt}: page, article, index, tokens).
 */
public record Candidates(Named named, SentenceReading rules) {
    /** The candidates, one per trigger read, in text order. */
    public List<SentenceReading.Read> list() {
        return rules.reads();
    }

    public Reading reading() {
        return named.reading();
    }

    public SentenceAt at() {
        return named.reading().at();
    }
}
