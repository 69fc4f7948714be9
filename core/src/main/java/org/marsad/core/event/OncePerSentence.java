package org.marsad.core.event;

import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * A fact about a whole sentence that some of its triggers need: worked out on the first need, then read. A
 * sentence holds one to a few triggers, and a sentence-wide check (a pass over every token) per trigger would
 * repeat the pass for each. One per sentence; not thread-safe.
 */
final class OncePerSentence {
    private final BooleanSupplier compute;
    private boolean known;
    private boolean value;

    OncePerSentence(BooleanSupplier compute) {
        this.compute = Objects.requireNonNull(compute, "compute");
    }

    boolean get() {
        if (!known) {
            value = compute.getAsBoolean();
            known = true;
        }
        return value;
    }
}
