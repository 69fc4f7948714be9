package org.marsad.core.lex;

import java.util.Objects;
import org.marsad.core.text.Token;
import org.marsad.core.text.WordHint;
import org.marsad.core.text.WordMemo;

/**
 * What opens a finder: a number, or a word with marks in {@link #marks}. Also remembers per word (a
 * {@link WordMemo}, one per finder: make it once per run) whether the word is quiet: one lexeme of letters that
 * maps char for char onto its surface and opens nothing. A sentence of quiet words with only blanks and
 * punctuation between them opens nothing, which {@link SentenceLexemes#of(org.marsad.core.text.ArabicNormalizer,
 * String, org.marsad.core.text.Sentence, Openers)} then tells from these memos alone, without reading the words'
 * lexemes (they lie scattered in the heap; the few small Integers a memo holds are shared by all words).
 * Thread-safe.
 */
public final class Openers {
    /** A memo value: not quiet. */
    private static final Integer LOUD = -1;
    /** Longest quiet word: {@link Integer#valueOf} shares the boxes up to 127. */
    private static final int MAX_QUIET = 127;

    final FormMarks marks;
    /** Per word: its length when quiet, else {@link #LOUD}. */
    private final WordMemo<Integer> quiet = new WordMemo<>(Integer.class, this::measure);

    /**
     * Whether a word is quiet and as long as its token (see {@link #quietLength}), for the tokenizer to hand to
     * the tokens it makes: a sentence is then told quiet without reading its words.
     */
    private final WordHint quietHint = new WordHint(t -> quiet.of(t) == t.end() - t.start());

    public Openers(FormMarks marks) {
        this.marks = Objects.requireNonNull(marks, "marks");
        marks.quietHint(quietHint);
    }

    /** See {@link #quietHint}: a tokenizer given it lets {@link #quietLength} pass over the words of its tokens. */
    public WordHint quietHint() {
        return quietHint;
    }

    /**
     * The length of the word of {@code t} (normalised and as written alike) when it is quiet, else -1; read from the
     * token's hint when it carries one (a quiet word as long as the token, else -1 for the purpose of the caller,
     * which needs the two to agree).
     */
    int quietLength(Token t) {
        int hinted = quietHint.of(t);
        if (hinted >= 0) {
            return hinted == 1 ? t.end() - t.start() : -1;
        }
        return quiet.of(t);
    }

    /**
     * True when {@code t}'s hint says its word is quiet (one lexeme of letters as long as the token, opening
     * nothing); false when it is not or the token carries no such hint. Reads the token only.
     */
    public boolean hintsQuiet(Token t) {
        return quietHint.of(t) == 1;
    }

    private Integer measure(Token t) {
        if (!(Lexed.of(t) instanceof Spelling sp)) {
            return LOUD; // several lexemes, or a surface that is not the normalised word char for char
        }
        int length = sp.to - sp.from;
        boolean q = sp.kind == Lexeme.Kind.WORD && length <= MAX_QUIET && sp.marksIn(marks) == 0;
        return q ? Integer.valueOf(length) : LOUD;
    }

    /** Whether a lexeme spelled {@code sp} opens the finder. */
    boolean opens(Spelling sp) {
        return sp.kind == Lexeme.Kind.NUMBER || sp.kind == Lexeme.Kind.WORD && sp.marksIn(marks) != 0;
    }
}
