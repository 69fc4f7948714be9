package org.marsad.core.time;

import org.marsad.model.EventDate;
import org.marsad.model.Span;

/** A date expression at {@code span} of the original text and what it resolves to. */
public record DateMention(Span span, EventDate date) {
}
