package org.marsad.core.text;

import java.util.List;
import org.marsad.model.Span;

/** A sentence of the original text with its tokens; {@code start}/{@code end} are original offsets. */
public record Sentence(int start, int end, List<Token> tokens) {
    public Sentence {
        tokens = tokens instanceof TokenList ? tokens : List.copyOf(tokens);
    }

    public Span span() {
        return new Span(start, end);
    }
}
