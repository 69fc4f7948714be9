package org.marsad.core.quantity;

import java.util.Objects;
import org.marsad.model.Span;

/**
 * A count at {@code span} of the original text (the number with its approximation words, e.g. {@code نحو 20},
 * {@code بين 5 و7}, or a dual noun {@code قتيلين}). {@code value} is the number, or the lower bound of a range or
 * of a vague plural ({@code عشرات} = 10, {@code مئات} = 100, {@code آلاف} = 1000, {@code بضعة} = 3);
 * {@code max} is the upper bound of a range and equals {@code value} otherwise. {@code approximate} is true for
 * approximations, vague plurals and ranges. {@code cumulative} marks a running toll ({@code ارتفعت الحصيلة إلى
 * 41}, {@code منذ بدء}) rather than this event's own count. {@code unit} says whether people or families are counted.
 * {@code vague} marks a vague plural with no number written ({@code عشرات القتلى}): the event record gives no
 * number for it ({@link VagueCounts}), while the event decider still sees that the sentence counts the dead.
 */
public record CountMention(Span span, int value, boolean approximate, CountSlot slot, int max, boolean cumulative,
                           CountUnit unit, boolean vague) {
    public CountMention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(unit, "unit");
        if (max < value) {
            throw new IllegalArgumentException("max " + max + " below value " + value);
        }
    }

    /** A count with a number written. */
    public CountMention(Span span, int value, boolean approximate, CountSlot slot, int max, boolean cumulative,
                        CountUnit unit) {
        this(span, value, approximate, slot, max, cumulative, unit, false);
    }

    /** A single, new count of people. */
    public CountMention(Span span, int value, boolean approximate, CountSlot slot) {
        this(span, value, approximate, slot, value, false, CountUnit.PEOPLE);
    }
}
