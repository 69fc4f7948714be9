package org.marsad.core.time;

import java.util.Objects;
import org.marsad.model.EventDate;
import org.marsad.model.Span;

/**
 * A date expression at {@code span} of the original text and what it resolves to. {@code until} is the last
 * day of a range ({@code بين 1 و9 سبتمبر}) and equals {@code date} otherwise. {@code cue} is the direction the text
 * gives (future/past/present/none), for the event's status.
 */
public record DateMention(Span span, EventDate date, EventDate until, TimeCue cue) {
    public DateMention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(cue, "cue");
    }

    /** A single date with no direction cue. */
    public DateMention(Span span, EventDate date) {
        this(span, date, date, TimeCue.NONE);
    }
}
