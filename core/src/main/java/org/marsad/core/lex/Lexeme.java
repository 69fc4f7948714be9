package org.marsad.core.lex;

import java.util.Objects;
import java.util.function.Predicate;
import org.marsad.core.text.AlignedText;
import org.marsad.core.text.Token;
import org.marsad.model.Span;

/**
 * A word, a run of ASCII digits or one punctuation char of a normalised sentence, at {@code [start, end)} of that
 * normalised sentence. {@link #forms()} are the lookup keys of a word, most literal first: the word, then without a
 * leading و/ف (if two letters remain), then also without a following ب/ل/ك (if three remain).
 * <p>
 * What the lexeme is (its chars, hashes, text and forms: a {@link Spelling}) is kept apart from where it stands, so
 * that the occurrences of a word share it ({@link SentenceLexemes}). Its text and forms are cut out only when asked:
 * most lexemes of a sentence are only tested against first-word sets ({@link #marksIn}), which reads the chars in
 * place. It also knows where its chars came from in the page ({@link #pageStart}, {@link #pageEnd}).
 * <p>
 * A lexeme placed from a quiet token ({@link #quiet}) reads its spelling only when asked: most words of a sentence
 * are quiet, and the finders pass over them asking no more than their kind and whether a finder's openers mark
 * them, which the token's hints answer without reading the word (see {@link FormMarks#quietIn}). Immutable in
 * value (the spelling, once read, is the one the word's memo holds).
 */
public final class Lexeme {
    /** What a lexeme is. */
    public enum Kind { WORD, NUMBER, PUNCT }

    /**
     * What the lexeme is; null until first asked for a lexeme placed from a quiet token (a word, then: its kind is
     * known without it). A lexeme is kept small (five fields): a sentence's lexemes are made anew for each sentence.
     */
    private Spelling spelling;
    /**
     * Where the spelling's chars came from: the quiet {@link Token} the lexeme is the one word of (its spelling read
     * lazily, one to one with the page), an {@link AlignedText} mapping the spelling's source to the page (offsets
     * relative to {@link #base}), or null (one to one).
     */
    private final Object origin;
    private final int start;
    private final int end;
    /** The page offset of the spelling's source (of its first char when it maps one to one). */
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
        this.origin = aligned;
        this.start = start;
        this.end = end;
        this.base = base;
    }

    private Lexeme(Token token, int start) {
        this.origin = token;
        this.start = start;
        this.end = start + token.end() - token.start();
        this.base = token.start();
    }

    /**
     * The lexeme of a quiet token {@code t} (a hint said its word is one lexeme of letters that maps char for char
     * onto its surface, {@link Openers#quietHint}) at {@code start} of the normalised sentence: the word's spelling
     * is read only when asked.
     */
    static Lexeme quiet(Token t, int start) {
        return new Lexeme(t, start);
    }

    /** The spelling, read from the token's word on first use for a lexeme placed from a quiet token. */
    private Spelling spelling() {
        Spelling s = spelling;
        if (s == null) {
            s = (Spelling) Lexed.of((Token) origin);
            spelling = s;
        }
        return s;
    }

    /**
     * The union of the marks {@code map} gives {@link #forms()}, read in place (no text or forms cut out); 0 at once
     * for a quiet token's lexeme whose token the map's openers told quiet.
     */
    public int marksIn(FormMarks map) {
        if (spelling == null && map.quietIn((Token) origin)) {
            return 0;
        }
        return spelling().marksIn(map);
    }

    public Kind kind() {
        Spelling s = spelling;
        return s == null ? Kind.WORD : s.kind;
    }

    public String text() {
        return spelling().text();
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    /** The page offset where char {@code k} of this lexeme (its grapheme, diacritics included) begins. */
    public int pageStart(int k) {
        if (spelling == null) {
            return base + Objects.checkIndex(k, end - start); // a quiet word: its spelling is its whole surface
        }
        int at = spelling.from + Objects.checkIndex(k, spelling.to - spelling.from);
        AlignedText aligned = aligned();
        return base + (aligned == null ? at : aligned.originalStart(at));
    }

    /** The map of the spelling's source chars to the page, or null when they map one to one. */
    private AlignedText aligned() {
        return origin instanceof AlignedText a ? a : null;
    }

    /** The page offset where the grapheme of this lexeme's last char ends. */
    public int pageEnd() {
        if (spelling == null) {
            return base + end - start;
        }
        AlignedText aligned = aligned();
        return base + (aligned == null ? spelling.to : aligned.originalEnd(spelling.to - 1));
    }

    /**
     * The page span from char {@code trim} of lexeme {@code first} to the end of lexeme {@code last}, widened over
     * the marks that end the last word in the page up to {@code limit}, the sentence's end ({@code أمسِ} stays whole:
     * see {@link AlignedText#endOverMarks}).
     */
    public static Span pageSpan(String page, Lexeme first, int trim, Lexeme last, int limit) {
        return new Span(first.pageStart(trim), AlignedText.endOverMarks(page, last.pageEnd(), limit));
    }

    /**
     * Length of the proclitics ({@code و ف ب ل ك}) this lexeme carries when matched: none when the word as written
     * is {@code known}, else what the first known stripped form leaves out ({@code لعام} -> 1, {@code وبعد} -> 0).
     */
    public int clitics(Predicate<String> known) {
        if (!isWord() || known.test(text())) {
            return 0;
        }
        String[] forms = forms();
        for (int k = 1; k < forms.length; k++) {
            if (known.test(forms[k])) {
                return Math.max(0, text().length() - forms[k].length());
            }
        }
        return 0;
    }

    /** Lookup keys, most literal first (shared array: do not modify). */
    public String[] forms() {
        return spelling().forms();
    }

    public boolean isWord() {
        Spelling s = spelling;
        return s == null || s.kind == Kind.WORD;
    }

    public boolean isNumber() {
        Spelling s = spelling;
        return s != null && s.kind == Kind.NUMBER;
    }

    public boolean isPunct(char c) {
        Spelling s = spelling;
        return s != null && s.kind == Kind.PUNCT && s.source.charAt(s.from) == c;
    }

    /** True when the word or one of its stripped forms equals {@code key}. */
    public boolean is(String key) {
        return spelling().hasForm(key);
    }

    /** The digits' value (grouping commas skipped), or -1 for a run too long to be a count or a year. */
    public long digitValue() {
        if (!isNumber()) {
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
