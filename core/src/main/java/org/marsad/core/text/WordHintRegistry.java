package org.marsad.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where the stages declare the {@link WordHint}s they read from tokens: each step registers its own as it is built
 * (beside the stage that needs them), and the {@link Tokenizer} is then built with {@link #close()}, knowing the
 * hints but not who asked for them. At most {@value WordHints#MAX} hints; nothing can be added once closed. Built by
 * one thread.
 */
public final class WordHintRegistry {
    private final List<WordHint> hints = new ArrayList<>();
    private WordHints closed;

    /** Adds {@code hint} (once, however often it is added) and returns it. */
    public WordHint add(WordHint hint) {
        Objects.requireNonNull(hint, "hint");
        if (closed != null) {
            throw new IllegalStateException("the word hints are closed: the tokenizer was built already");
        }
        if (!hints.contains(hint)) {
            if (hints.size() == WordHints.MAX) {
                throw new IllegalStateException("at most " + WordHints.MAX + " word hints (one bit of a token each)");
            }
            hints.add(hint);
        }
        return hint;
    }

    /** The hints registered, for the tokenizer; no hint can be added after. */
    public WordHints close() {
        if (closed == null) {
            closed = new WordHints(hints);
        }
        return closed;
    }
}
