package org.marsad.core.time;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A date expression over lexemes {@code [from, to)}, not yet resolved. {@code contextual}: its direction comes from
 * the sentence (a bare weekday or month), so a future cue before it makes it point forward.
 */
record Found(int from, int to, Rule rule, TimeCue cue, boolean contextual) {

    /** Resolves the expression against the publication date (null when unknown) and the sentence's direction. */
    @FunctionalInterface
    interface Rule {
        Optional<Resolved> resolve(LocalDate published, boolean future);
    }

    Found from(int newFrom) {
        return new Found(newFrom, to, rule, cue, contextual);
    }
}
