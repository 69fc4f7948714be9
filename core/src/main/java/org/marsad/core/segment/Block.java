package org.marsad.core.segment;

import org.marsad.model.Span;

/** A run of page text with one role; {@code span} points into {@link Page#text()}. */
public record Block(BlockKind kind, Span span) {
}
