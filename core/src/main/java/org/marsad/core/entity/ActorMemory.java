package org.marsad.core.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.marsad.core.text.Token;
import org.marsad.model.Span;

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

    /**
     * {@code found} and, in text order, the short mentions this memory knows among {@code tokens}: a word standing
     * alone (a clitic و/ف/ب/ل allowed) outside every mention of {@code found}, with the remembered code.
     */
    List<ActorMention> withShortMentions(String text, List<Token> tokens, List<ActorMention> found) {
        boolean[] covered = new boolean[tokens.size()];
        for (ActorMention m : found) {
            for (int k = m.firstToken(); k < m.endToken() && k < covered.length; k++) {
                covered[k] = true;
            }
        }
        List<ActorMention> out = new ArrayList<>(found);
        for (int k = 0; k < tokens.size(); k++) {
            ActorCode code = covered[k] ? null : codeOf(tokens.get(k));
            if (code != null) {
                Span span = tokens.get(k).span();
                out.add(new ActorMention(k, k + 1, span, span.of(text), code));
            }
        }
        out.sort(Comparator.comparingInt(ActorMention::firstToken));
        return out;
    }

    /** The code remembered for the word of {@code t}, or for it without its one-letter proclitic; or null. */
    private ActorCode codeOf(Token t) {
        ActorCode c = code(t.norm());
        if (c == null && t.proclitics().length() == 1 && t.forms().size() > 1) {
            c = code(t.forms().get(1));
        }
        return c;
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
