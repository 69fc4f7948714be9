package org.marsad.core.quantity;

import org.marsad.model.Span;

/** A count at {@code span}: its value, whether it is approximate, and the slot it fills. */
public record CountMention(Span span, int value, boolean approximate, CountSlot slot) {
}
