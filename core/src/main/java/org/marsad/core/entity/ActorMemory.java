package org.marsad.core.entity;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What an article has taught about its actors so far: the family name of a person introduced with a title
 * (وزير الخارجية الروسي سيرغي لافروف → لافروف is RUSGOV), so that a later short mention (قال لافروف) gets the
 * same code. Immutable: {@link #with} returns a new memory. Keys are normalised words.
 */
public final class ActorMemory {
    /** A memory that knows nothing (the start of an article). */
    public static final ActorMemory EMPTY = new ActorMemory(Map.of());

    private final Map<String, ActorCode> names;

    private ActorMemory(Map<String, ActorCode> names) {
        this.names = Map.copyOf(names);
    }

    /** The code learnt for a normalised word, or null. */
    public ActorCode code(String norm) {
        return names.get(norm);
    }

    public boolean isEmpty() {
        return names.isEmpty();
    }

    public int size() {
        return names.size();
    }

    /** This memory and {@code norm} → {@code code} (a later introduction of the same name wins). */
    ActorMemory with(String norm, ActorCode code) {
        Objects.requireNonNull(norm, "norm");
        Objects.requireNonNull(code, "code");
        if (code.equals(names.get(norm))) {
            return this;
        }
        Map<String, ActorCode> copy = new HashMap<>(names);
        copy.put(norm, code);
        return new ActorMemory(copy);
    }
}
