package org.marsad.core.proposal;

import org.marsad.core.naming.Named;
import org.marsad.core.reading.Reading;
import org.marsad.core.reading.SentenceAt;
import org.marsad.model.Event;

/**
 * One candidate event as the rules propose it (assembled: type, status, roles, date, place, counts) with its
 * sentence: the {@link Named} it came from gives its actors and places, the {@link Reading} its triggers, dates and
 * counts, and the {@link SentenceAt} its tokens and position (page, article, index among the article's sentences).
 */
public record Candidate(Event event, Named named) {
    public Reading reading() {
        return named.reading();
    }

    public SentenceAt at() {
        return named.reading().at();
    }
}
