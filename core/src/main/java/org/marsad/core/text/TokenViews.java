package org.marsad.core.text;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * One stage's own lookup forms of tokens (a gazetteer's name forms, an actor lexicon's adjusted forms), worked out
 * once per distinct word and remembered: {@link #of(Token)} gives the token with those forms, sharing strings
 * and lexicon ids with every other occurrence of the word. {@code forms} must depend on the word only (surface,
 * norm, forms, clitics), never on where it stands. Memory is bounded like the tokenizer's word cache.
 * Thread-safe.
 */
public final class TokenViews {
    private final Function<Token, List<String>> forms;
    private final Map<String, View> words = new ConcurrentHashMap<>();

    /** A word as the tokenizer gave it, and the same word with this view's forms (null: the same forms). */
    private record View(Token word, Token viewed) {
    }

    /** A view whose tokens have the forms {@code forms} gives for a word. */
    public TokenViews(Function<Token, List<String>> forms) {
        this.forms = Objects.requireNonNull(forms, "forms");
    }

    /** {@code t} with this view's forms; {@code t} itself when they are its own forms. */
    public Token of(Token t) {
        View v = words.get(t.surface());
        if (v == null || !v.word().sameWord(t)) {
            List<String> f = forms.apply(t);
            v = new View(t, f.equals(t.forms()) ? null
                    : new Token(t.start(), t.end(), t.surface(), t.norm(), f, t.proclitics(), t.enclitic()));
            if (t.surface().length() <= Clitics.MAX_WORD) {
                if (words.size() >= Tokenizer.CACHED_WORDS) {
                    words.clear();
                }
                words.put(t.surface(), v);
            }
        }
        return v.viewed() == null ? t : new Token(t.start(), t.end(), v.viewed());
    }
}
