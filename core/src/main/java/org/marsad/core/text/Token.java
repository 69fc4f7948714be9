package org.marsad.core.text;

import java.util.List;
import java.util.Objects;
import org.marsad.model.Span;

/**
 * A word of the original text. {@code start}/{@code end} are original offsets (UTF-16) and {@code surface} is
 * exactly {@code text.substring(start, end)}, diacritics and tatweel included. {@code norm} is the whole word
 * normalised by {@link ArabicNormalizer#normalize}. {@code forms} lists candidate normalised bases for lexicon
 * lookup without duplicates, ordered by how many letters were stripped (fewest first, so {@code forms.get(0)} is
 * {@code norm}): the whole word, then with proclitics stripped (و ف, ب ل ك, the future س, the article ال; with
 * لل both the restored definite form الX and the bare X), then with an attached pronoun stripped. Forms
 * over-generate on purpose (وزير → وزير, زير); lexicon entries must match whole, which keeps false matches rare.
 * {@code proclitics} is what the most stripped form lost at the front, the letters as the normalised word writes
 * them (و+ب+ال is "وبال", ل+ال is "لل", و+س is "وس"), and {@code enclitic} the pronoun it lost at the end (e.g.
 * "ها"); both are "" when nothing was stripped. "Most stripped" is the reading that removed the most letters,
 * the earliest found on a tie; it is a guess, not a parse: وزيره gives "و" and "ه".
 */
public final class Token {
    private final int start;
    private final int end;
    /** Everything but the place: shared by every token of one word that the tokenizer remembered. */
    private final Word word;
    /** The hints whose answers {@link #hintBits} holds, or null when the token carries none (see {@link WordHint}). */
    private final WordHints hintSource;
    private final byte hintBits;

    /**
     * A word apart from where it stands: its strings and forms, and what is worked out once per word: the ids of the
     * forms, computed on first use, the word as each {@link TokenViews} sees it, and each {@link WordMemo}'s value.
     * The tokenizer's memory holds these, so that a token of a known word is made without reading the word (see
     * {@link WordCache}).
     */
    static final class Word {
        final String surface;
        final String norm;
        final List<String> forms;
        final String proclitics;
        final String enclitic;
        /**
         * True once the tokenizer found that the word is not two glued words ({@link GluedWords}), which depends on
         * its surface alone: later tokens of the word skip that look-up (a benign race: false only costs it again).
         */
        boolean whole;
        /** The last {@link FormIds} (a benign race: the record's fields are final, recomputing is harmless). */
        private FormIds value;
        /**
         * By view number {@code v}: at {@code 2v} the {@link #firstMask()} of the word as the view sees it, at
         * {@code 2v + 1} the {@link WordIds#version()} it was worked out at, plus one (0: not yet); copied on write.
         * Kept here so that a lexicon can pass over a word with one read, without visiting the viewed word.
         */
        private volatile long[] viewMasks = NO_MASKS;
        /**
         * By {@link WordMemo} number: what that memo worked out for the word. Made with room for the memos that exist
         * (at most {@link #MEMO_ROOM}) when the word is, so that it lies next to the word in memory (a token's first
         * read of its word's memory is often a cache miss; made later, the array lay elsewhere, a second one),
         * and written in place; copied on write for a memo made after the word.
         */
        private volatile Object[] memos;

        private Word(String surface, String norm, List<String> forms, String proclitics, String enclitic) {
            int room = Math.min(WordMemo.count(), MEMO_ROOM);
            this.memos = room == 0 ? NO_MEMOS : new Object[room];
            this.surface = Objects.requireNonNull(surface, "surface");
            this.norm = Objects.requireNonNull(norm, "norm");
            this.forms = List.copyOf(forms);
            this.proclitics = Objects.requireNonNull(proclitics, "proclitics");
            this.enclitic = Objects.requireNonNull(enclitic, "enclitic");
        }
    }

    /**
     * The ids of {@code forms} as {@link WordIds} knew them at {@code version}, and the lexicon bits of the entries
     * any of them starts.
     */
    private record FormIds(int version, int[] ids, long firsts) {
    }

    private static final long[] NO_MASKS = new long[0];
    private static final Object[] NO_MEMOS = new Object[0];

    /** The most memo slots a word is made with room for (a pipeline makes some 14 memos; tests make many more). */
    static final int MEMO_ROOM = 32;
    /** Reads and writes of a word's memo slots: a value written in place is seen whole (release, acquire). */
    private static final java.lang.invoke.VarHandle MEMO = java.lang.invoke.MethodHandles.arrayElementVarHandle(
            Object[].class);

    /** What memo number {@code slot} remembered for this word, or null. */
    Object memo(int slot) {
        Object[] m = word.memos;
        return slot < m.length ? MEMO.getAcquire(m, slot) : null;
    }

    /**
     * Remembers {@code value} for memo number {@code slot}, for every token of this word: in place when the word has
     * room for it, else in a longer copy (racing writers at worst lose a value, to be worked out again).
     */
    void remember(int slot, Object value) {
        Object[] m = word.memos;
        if (slot < m.length) {
            MEMO.setRelease(m, slot, value);
            return;
        }
        Object[] next = new Object[slot + 1];
        for (int i = 0; i < m.length; i++) {
            next[i] = MEMO.getAcquire(m, i);
        }
        next[slot] = value;
        word.memos = next;
    }

    /** The first-word mask of this word as {@code views} (number {@code view}) sees it; remembered per word. */
    long viewFirstMask(TokenViews views, int view) {
        long[] m = word.viewMasks;
        long version = WordIds.version() + 1L;
        int at = 2 * view;
        if (at + 1 < m.length && m[at + 1] == version) {
            return m[at];
        }
        long mask = views.word(this).firstMask();
        long[] next = java.util.Arrays.copyOf(m, Math.max(m.length, at + 2));
        next[at] = mask;
        next[at + 1] = version;
        word.viewMasks = next;
        return mask;
    }

    public Token(int start, int end, String surface, String norm, List<String> forms, String proclitics,
                 String enclitic) {
        this(start, end, new Word(surface, norm, forms, proclitics, enclitic));
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad token span [" + start + "," + end + ")");
        }
    }

    /**
     * The word {@code word} at {@code [start, end)}, which the caller knows to hold its surface: its strings, forms
     * and form ids are shared, not copied, and not even read.
     */
    Token(int start, int end, Word word) {
        this(start, end, word, null, (byte) 0);
    }

    /** The same, carrying the answers {@code hintBits} of {@code hintSource} for its word. */
    Token(int start, int end, Word word, WordHints hintSource, byte hintBits) {
        this.start = start;
        this.end = end;
        this.word = word;
        this.hintSource = hintSource;
        this.hintBits = hintBits;
    }

    /** This token with the answers {@code bits} of {@code source} for its word. */
    Token withHints(WordHints source, byte bits) {
        return new Token(start, end, word, source, bits);
    }

    WordHints hintSource() {
        return hintSource;
    }

    byte hintBits() {
        return hintBits;
    }

    /** What this token shares with every other token of its word. */
    Word word() {
        return word;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    public String surface() {
        return word.surface;
    }

    public String norm() {
        return word.norm;
    }

    public List<String> forms() {
        return word.forms;
    }

    public String proclitics() {
        return word.proclitics;
    }

    public String enclitic() {
        return word.enclitic;
    }

    /**
     * The {@link WordIds} id of each form, in the order of {@link #forms()}, -1 for a word no lexicon uses.
     * Shared, not copied: do not modify.
     */
    public int[] formIds() {
        return formIdsNow().ids();
    }

    /**
     * The bits ({@link WordIds#bitFor}) of the lexicons that have an entry starting with one of this word's forms:
     * a lexicon whose bit is not set has no match starting here.
     */
    public long firstMask() {
        return formIdsNow().firsts();
    }

    private FormIds formIdsNow() {
        FormIds c = word.value;
        int known = WordIds.version();
        if (c == null || c.version() != known) {
            List<String> forms = word.forms;
            int[] out = new int[forms.size()];
            long firsts = 0;
            for (int k = 0; k < out.length; k++) {
                out[k] = WordIds.idOf(forms.get(k));
                firsts |= WordIds.firstsOf(out[k]);
            }
            c = new FormIds(known, out, firsts);
            word.value = c;
        }
        return c;
    }

    public Span span() {
        return new Span(start, end);
    }

    /** True when {@code key} (already normalised) is one of this token's forms. */
    public boolean hasForm(String key) {
        return word.forms.contains(key);
    }

    /**
     * True when the normalised word is a number: ASCII digits, with single {@code .} or {@code ,} between digit
     * groups (3.5, 1,200; Arabic-Indic digits and ٫ ٬ are ASCII after normalisation).
     */
    public boolean isNumber() {
        return isNumber(word.norm);
    }

    /** True when the most stripped form lost the article: ال, or ل+ال written لل. */
    public boolean definite() {
        return word.proclitics.endsWith("ال") || word.proclitics.endsWith("لل");
    }

    /** True when a clitic was stripped to reach the most stripped form. */
    public boolean hasClitics() {
        return !word.proclitics.isEmpty() || !word.enclitic.isEmpty();
    }

    static boolean isNumber(String s) {
        if (s.isEmpty() || !isAsciiDigit(s.charAt(0)) || !isAsciiDigit(s.charAt(s.length() - 1))) {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean separator = c == '.' || c == ',';
            if (!isAsciiDigit(c) && !(separator && isAsciiDigit(s.charAt(i - 1)))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Token t && start == t.start && end == t.end && (word == t.word
                || surface().equals(t.surface()) && norm().equals(t.norm()) && forms().equals(t.forms())
                && proclitics().equals(t.proclitics()) && enclitic().equals(t.enclitic()));
    }

    @Override
    public int hashCode() {
        return Objects.hash(start, end, surface(), norm(), forms(), proclitics(), enclitic());
    }

    @Override
    public String toString() {
        return "Token[start=" + start + ", end=" + end + ", surface=" + surface() + ", norm=" + norm() + ", forms="
                + forms() + ", proclitics=" + proclitics() + ", enclitic=" + enclitic() + "]";
    }
}
