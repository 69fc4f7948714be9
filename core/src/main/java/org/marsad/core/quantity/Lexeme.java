package org.marsad.core.quantity;

import java.util.Objects;
import org.marsad.core.text.AlignedText;

/**
 * A word, a run of ASCII digits or one punctuation char of a normalised sentence, at {@code [start, end)} of that
 * normalised sentence. {@link #forms()} are the lookup keys of a word, most literal first: the word, then without a
 * leading و/ف (if two letters remain), then also without a following ب/ل/ك (if three remain).
 * <p>
 * What the lexeme is (its chars, hashes, text and forms: a {@link Spelling}) is kept apart from where it stands, so
 * that the occurrences of a word share it ({@link SentenceLexemes}). Its text and forms are cut out only when asked:
 * most lexemes of a sentence are only tested against first-word sets ({@link #marksIn}), which reads the chars in
 * place. It also knows where its chars came from in the page ({@link #pageStart}, {@link #pageEnd}). Immutable.
 */
public final class Lexeme {
    /** What a lexeme is. */
    public enum Kind { WORD, NUMBER, PUNCT }

    private final Spelling spelling;
    private final int start;
    private final int end;
    /** Maps the chars of the spelling's source to the page, offsets relative to {@link #base}; null: one to one. */
    private final AlignedText aligned;
    /** The page offset of the spelling's source (of its first char when {@link #aligned} is null). */
    private final int base;

    /** A lexeme of {@code text}, standing at {@code [start, end)} of the normalised text and of the page alike. */
    public Lexeme(Kind kind, String text, int start, int end) {
        this(Spelling.of(Objects.requireNonNull(kind, "kind"), Objects.requireNonNull(text, "text")), start, end,
                null, start);
    }

    /**
     * The lexeme {@code spelling} at {@code [start, end)} of the normalised sentence, its source's chars coming from
     * the page as {@code aligned} (null: one to one) maps them, shifted by {@code base}.
     */
    Lexeme(Spelling spelling, int start, int end, AlignedText aligned, int base) {
        this.spelling = spelling;
        this.start = start;
        this.end = end;
        this.aligned = aligned;
        this.base = base;
    }

    /** The union of the marks {@code map} gives {@link #forms()}, read in place (no text or forms cut out). */
    public int marksIn(FormMarks map) {
        return spelling.marksIn(map);
    }

    public Kind kind() {
        return spelling.kind;
    }

    public String text() {
        return spelling.text();
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    /** The page offset where char {@code k} of this lexeme (its grapheme, diacritics included) begins. */
    public int pageStart(int k) {
        int at = spelling.from + Objects.checkIndex(k, spelling.to - spelling.from);
        return base + (aligned == null ? at : aligned.originalStart(at));
    }

    /** The page offset where the grapheme of this lexeme's last char ends. */
    public int pageEnd() {
        return base + (aligned == null ? spelling.to : aligned.originalEnd(spelling.to - 1));
    }

    /** Lookup keys, most literal first (shared array: do not modify). */
    public String[] forms() {
        return spelling.forms();
    }

    public boolean isWord() {
        return spelling.kind == Kind.WORD;
    }

    public boolean isNumber() {
        return spelling.kind == Kind.NUMBER;
    }

    public boolean isPunct(char c) {
        return spelling.kind == Kind.PUNCT && spelling.source.charAt(spelling.from) == c;
    }

    /** True when the word or one of its stripped forms equals {@code key}. */
    public boolean is(String key) {
        for (String f : forms()) {
            if (f.equals(key)) {
                return true;
            }
        }
        return false;
    }

    /** The digits' value (grouping commas skipped), or -1 for a run too long to be a count or a year. */
    public long digitValue() {
        if (spelling.kind != Kind.NUMBER) {
            throw new IllegalStateException("not a number: " + text());
        }
        long v = 0;
        int digits = 0;
        for (int i = spelling.from; i < spelling.to; i++) {
            char c = spelling.source.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++digits > 12) {
                    return -1;
                }
                v = v * 10 + (c - '0');
            }
        }
        return v;
    }

    @Override
    public String toString() {
        return kind() + ":" + text() + "@" + start;
    }
}
