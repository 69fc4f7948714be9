package org.marsad.core.quantity;

/**
 * A word, a run of ASCII digits or one punctuation char of a normalised text, at {@code [start, end)} of that
 * normalised text. {@link #forms()} are the lookup keys of a word, most literal first: the word, then without a
 * leading و/ف (if two letters remain), then also without a following ب/ل/ك (if three remain).
 */
public final class Lexeme {
    /** What a lexeme is. */
    public enum Kind { WORD, NUMBER, PUNCT }

    private final Kind kind;
    private final String text;
    private final int start;
    private final int end;
    private final String[] forms;

    public Lexeme(Kind kind, String text, int start, int end) {
        this.kind = kind;
        this.text = text;
        this.start = start;
        this.end = end;
        this.forms = kind == Kind.WORD ? stripped(text) : new String[] {text};
    }

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

    public Kind kind() {
        return kind;
    }

    public String text() {
        return text;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    /** Lookup keys, most literal first (shared array: do not modify). */
    public String[] forms() {
        return forms;
    }

    public boolean isWord() {
        return kind == Kind.WORD;
    }

    public boolean isNumber() {
        return kind == Kind.NUMBER;
    }

    public boolean isPunct(char c) {
        return kind == Kind.PUNCT && text.charAt(0) == c;
    }

    /** True when the word or one of its stripped forms equals {@code key}. */
    public boolean is(String key) {
        for (String f : forms) {
            if (f.equals(key)) {
                return true;
            }
        }
        return false;
    }

    /** The digits' value (grouping commas skipped), or -1 for a run too long to be a count or a year. */
    public long digitValue() {
        if (kind != Kind.NUMBER) {
            throw new IllegalStateException("not a number: " + text);
        }
        long v = 0;
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
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
        return kind + ":" + text + "@" + start;
    }
}
