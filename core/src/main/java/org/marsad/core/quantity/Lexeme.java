package org.marsad.core.quantity;

import java.util.Objects;

/**
 * A word, a run of ASCII digits or one punctuation char of a normalised text, at {@code [start, end)} of that
 * normalised text. {@link #forms()} are the lookup keys of a word, most literal first: the word, then without a
 * leading و/ف (if two letters remain), then also without a following ب/ل/ك (if three remain).
 * <p>
 * A lexeme from the {@link Lexer} points into the text it was read from and cuts out its text and forms only when
 * asked: most lexemes of a sentence are only tested against first-word sets ({@link #anyFormIn}), which reads the
 * chars in place. Immutable in value; the cut text and forms are cached (a race at worst cuts them twice, and
 * both are safely published).
 */
public final class Lexeme {
    /** What a lexeme is. */
    public enum Kind { WORD, NUMBER, PUNCT }

    /** Holds the forms so that a racy read of the cache sees the array's contents (a final field). */
    private record Forms(String[] all) {
    }

    private final Kind kind;
    private final String source;
    private final int from;
    private final int to;
    private final int start;
    private final int end;
    /** Which stripped forms the word has: {@link #A_FORM}, {@link #B_FORM}, {@link #B_ALEF}. */
    private final int shape;
    /** {@link String#hashCode()} of the text, of the form without و/ف, of the form without ب/ل/ك. */
    private final int hash;
    private final int aHash;
    private final int bHash;
    private String text;
    private Forms forms;

    public Lexeme(Kind kind, String text, int start, int end) {
        this(Objects.requireNonNull(kind, "kind"), Objects.requireNonNull(text, "text"), 0, text.length(), start, end);
        this.text = text;
    }

    /** The lexeme {@code s[start, end)} of the normalised text {@code s}, its text cut out only when asked. */
    static Lexeme in(Kind kind, String s, int start, int end) {
        return new Lexeme(kind, s, start, end, start, end);
    }

    /** The lexeme {@code source[from, to)}, at {@code [start, end)} of the normalised text. */
    private Lexeme(Kind kind, String source, int from, int to, int start, int end) {
        this.kind = kind;
        this.source = source;
        this.from = from;
        this.to = to;
        this.start = start;
        this.end = end;
        int n = to - from;
        int a = kind == Kind.WORD && n >= 3 && (source.charAt(from) == 'و' || source.charAt(from) == 'ف') ? 1 : 0;
        int base = from + a;
        boolean b = kind == Kind.WORD && n - a >= 4 && "بلك".indexOf(source.charAt(base)) >= 0;
        boolean alef = b && source.charAt(base) == 'ل' && source.charAt(base + 1) == 'ل';
        this.shape = (a == 1 ? A_FORM : 0) | (b ? B_FORM : 0) | (alef ? B_ALEF : 0);
        // one pass from the end: h is the hash of source[k, to), p = 31^(to - k)
        int h = 0;
        int p = 1;
        int ha = 0;
        int hb = 0;
        for (int k = to - 1; k >= from; k--) {
            h += source.charAt(k) * p;
            p *= 31;
            if (b && k == base + 1) {
                hb = alef ? 'ا' * p + h : h;
            }
            if (a == 1 && k == from + 1) {
                ha = h;
            }
        }
        this.hash = h;
        this.aHash = ha;
        this.bHash = hb;
    }

    private static final int A_FORM = 1;
    private static final int B_FORM = 2;
    private static final int B_ALEF = 4;

    private static String[] stripped(String w) {
        String a = w.length() >= 3 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف') ? w.substring(1) : null;
        String base = a == null ? w : a;
        String b = base.length() >= 4 && "بلك".indexOf(base.charAt(0)) >= 0 ? base.substring(1) : null;
        if (b != null && base.startsWith("لل")) {
            b = "ا" + b; // للقتلى -> القتلي
        }
        if (a == null && b == null) {
            return new String[] {w};
        }
        if (a == null) {
            return new String[] {w, b};
        }
        return b == null ? new String[] {w, a} : new String[] {w, a, b};
    }

    /**
     * The union of the marks {@code map} gives {@link #forms()}: the same forms as {@link #stripped}, read in place.
     */
    public int marksIn(FormMarks map) {
        int bits = map.of(hash, '\0', source, from, to);
        if ((shape & A_FORM) != 0) {
            bits |= map.of(aHash, '\0', source, from + 1, to);
        }
        if ((shape & B_FORM) != 0) {
            int base = from + (shape & A_FORM);
            bits |= map.of(bHash, (shape & B_ALEF) != 0 ? 'ا' : '\0', source, base + 1, to);
        }
        return bits;
    }

    public Kind kind() {
        return kind;
    }

    public String text() {
        String t = text;
        if (t == null) {
            t = source.substring(from, to);
            text = t;
        }
        return t;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    /** Lookup keys, most literal first (shared array: do not modify). */
    public String[] forms() {
        Forms f = forms;
        if (f == null) {
            f = new Forms(kind == Kind.WORD ? stripped(text()) : new String[] {text()});
            forms = f;
        }
        return f.all;
    }

    public boolean isWord() {
        return kind == Kind.WORD;
    }

    public boolean isNumber() {
        return kind == Kind.NUMBER;
    }

    public boolean isPunct(char c) {
        return kind == Kind.PUNCT && source.charAt(from) == c;
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
        if (kind != Kind.NUMBER) {
            throw new IllegalStateException("not a number: " + text());
        }
        long v = 0;
        int digits = 0;
        for (int i = from; i < to; i++) {
            char c = source.charAt(i);
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
        return kind + ":" + text() + "@" + start;
    }
}
