package org.marsad.core.text;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Something a stage works out once per distinct word and keeps with the word, like {@link TokenViews} but of any
 * type: {@link #of(Token)} computes it for the first token of a word and hands every later token of that word the
 * same value, found in the word's memory (see {@link Tokenizer#CACHED_WORDS}) without hashing or comparing chars.
 * The value must depend on the word only (surface, norm, forms, clitics), never on where it stands, and should be
 * immutable: it is shared by all occurrences (racing threads at worst compute it twice). Create memos once, as
 * constants: each takes a slot in every word. Thread-safe.
 *
 * @param <T> what is remembered
 */
public final class WordMemo<T> {
    private static final AtomicInteger SLOTS = new AtomicInteger();
    private final Function<Token, T> compute;
    private final Class<T> type;
    /** This memo's slot in each word's memory. */
    private final int slot = SLOTS.getAndIncrement();

    /** How many memos exist: the slots a word made now needs room for. */
    static int count() {
        return SLOTS.get();
    }

    /** A memo holding, for each word, what {@code compute} gives for its first token (never null). */
    public WordMemo(Class<T> type, Function<Token, T> compute) {
        this.type = Objects.requireNonNull(type, "type");
        this.compute = Objects.requireNonNull(compute, "compute");
    }

    /** What this memo holds for the word of {@code t}, computed on the word's first use. */
    public T of(Token t) {
        Object known = t.memo(slot);
        if (known != null) {
            return type.cast(known);
        }
        T value = Objects.requireNonNull(compute.apply(t), "computed value");
        t.remember(slot, value);
        return value;
    }
}
