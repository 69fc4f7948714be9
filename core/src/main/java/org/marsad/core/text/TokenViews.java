package org.marsad.core.text;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * One stage's own lookup forms of tokens (a gazetteer's name forms, an actor lexicon's adjusted forms), worked out
 * once per distinct word and remembered: {@link #of(Token)} gives the token with those forms, sharing strings
 * and lexicon ids with every other occurrence of the word. {@code forms} must depend on the word only (surface,
 * norm, forms, clitics), never on where it stands. The view is remembered with the word (see
 * {@link Tokenizer#CACHED_WORDS}), so finding it again costs an array read. Create views once, as constants:
 * each takes a slot in every word. Thread-safe.
 */
public final class TokenViews {
    private static final AtomicInteger VIEWS = new AtomicInteger();
    private final Function<Token, List<String>> forms;
    /** This view's slot in each word's first-word masks ({@link Token#viewFirstMask}). */
    private final int id = VIEWS.getAndIncrement();
    /** The word as this view sees it, worked out once per word. */
    private final WordMemo<Token> viewed = new WordMemo<>(Token.class, this::viewOf);

    /** The word of {@code t} with this view's forms: {@code t} itself when they are its own forms. */
    private Token viewOf(Token t) {
        List<String> f = forms.apply(t);
        return f.equals(t.forms()) ? t
                : new Token(t.start(), t.end(), t.surface(), t.norm(), f, t.proclitics(), t.enclitic());
    }

    /** A view whose tokens have the forms {@code forms} gives for a word. */
    public TokenViews(Function<Token, List<String>> forms) {
        this.forms = Objects.requireNonNull(forms, "forms");
    }

    /** {@code t} with this view's forms; {@code t} itself when they are its own forms. */
    public Token of(Token t) {
        Token w = word(t);
        return w.forms() == t.forms() ? t : new Token(t.start(), t.end(), w.word());
    }

    /** {@link Token#firstMask()} of the word of {@code t} as this view sees it, in one read once worked out. */
    public long firstMask(Token t) {
        return t.viewFirstMask(this, id);
    }

    /**
     * The word of {@code t} as this view sees it, wherever it stands: for lookups that need only the forms and their
     * ids (a lexicon match), with no token made per occurrence. Its offsets are those of some occurrence of the word.
     */
    public Token word(Token t) {
        return viewed.of(t);
    }
}
