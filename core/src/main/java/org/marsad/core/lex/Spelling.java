package org.marsad.core.lex;

/**
 * What a {@link Lexeme} is apart from where it stands: its kind, its chars {@code source[from, to)} of a normalised
 * text, which stripped forms it has and their hashes, and (cut out when first asked) its text and forms. The
 * lexemes of a word are spelled once per distinct word ({@link WordLexemes}) and every occurrence shares them, so
 * hashing and cutting out happen once per word, not per occurrence. Immutable in value; the cut text and forms are
 * cached (a race at worst cuts them twice, and both are safely published).
 */
final class Spelling implements Lexed {
    /** Holds the forms so that a racy read of the cache sees the array's contents (a final field). */
    private record Forms(String[] all) {
    }

    static final int A_FORM = 1;
    static final int B_FORM = 2;
    static final int B_ALEF = 4;

    final Lexeme.Kind kind;
    final String source;
    final int from;
    final int to;
    /** Which stripped forms the word has: {@link #A_FORM}, {@link #B_FORM}, {@link #B_ALEF}. */
    final int shape;
    /** {@link String#hashCode()} of the text, of the form without و/ف, of the form without ب/ل/ك. */
    final int hash;
    final int aHash;
    final int bHash;
    /** The first, last and last but one chars ({@code '\0'} when there is none). */
    final char first;
    final char last;
    final char beforeLast;
    private String text;
    private Forms forms;
    /**
     * True for a spelling shared by every occurrence of a word (or of a punctuation char): only those remember
     * their marks, a spelling made for one sentence would only pay for the memory.
     */
    private boolean shared;
    /** How many remembered maps' answers a spelling keeps at once: map number {@code id} uses room {@code id % ROOMS}. */
    static final int ROOMS = 4;
    /**
     * The rooms: a map's {@link FormMarks#id} in the high half, its marks in the low half, 0 while empty. Kept in
     * fields, not an array, so reading one reads this object only; a long is written whole, so a racing reader
     * sees a map's number with that map's marks.
     */
    private volatile long room0;
    private volatile long room1;
    private volatile long room2;
    private volatile long room3;

    /** The lexeme {@code source[from, to)}. */
    Spelling(Lexeme.Kind kind, String source, int from, int to) {
        this.kind = kind;
        this.source = source;
        this.from = from;
        this.to = to;
        int n = to - from;
        boolean word = kind == Lexeme.Kind.WORD;
        int a = word && n >= 3 && (source.charAt(from) == 'و' || source.charAt(from) == 'ف') ? 1 : 0;
        int base = from + a;
        boolean b = word && n - a >= 4 && "بلك".indexOf(source.charAt(base)) >= 0;
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
        this.first = n > 0 ? source.charAt(from) : '\0';
        this.last = n > 0 ? source.charAt(to - 1) : '\0';
        this.beforeLast = n > 1 ? source.charAt(to - 2) : '\0';
    }

    /** A lexeme whose source is its whole text. */
    static Spelling of(Lexeme.Kind kind, String text) {
        Spelling s = new Spelling(kind, text, 0, text.length());
        s.text = text;
        return s;
    }

    @Override
    public char first() {
        return first;
    }

    String text() {
        String t = text;
        if (t == null) {
            t = source.substring(from, to);
            text = t;
        }
        return t;
    }

    String[] forms() {
        Forms f = forms;
        if (f == null) {
            f = new Forms(kind == Lexeme.Kind.WORD ? stripped(text()) : new String[] {text()});
            forms = f;
        }
        return f.all;
    }

    /**
     * True when one of {@link #forms()} equals {@code key}. The rules ask this of a few fixed words at many lexemes:
     * a key whose hash is none of the forms' hashes is told apart without cutting the forms out or comparing chars.
     */
    boolean hasForm(String key) {
        int h = key.hashCode();
        boolean maybe = h == hash || (shape & A_FORM) != 0 && h == aHash || (shape & B_FORM) != 0 && h == bHash;
        if (!maybe) {
            return false;
        }
        for (String f : forms()) {
            if (f.equals(key)) {
                return true;
            }
        }
        return false;
    }

    /** Marks this spelling as shared by every occurrence of its word, so that it remembers its marks. */
    Spelling shared() {
        shared = true;
        return this;
    }

    /**
     * The union of the marks {@code map} gives {@link #forms()}: the forms of {@link #stripped}, read in place; for a
     * shared spelling and a {@link FormMarks#remembered} map, worked out once and then read from here.
     */
    int marksIn(FormMarks map) {
        int id = map.id;
        if (id == 0 || !shared) {
            return lookUp(map);
        }
        long known = switch (id % ROOMS) {
            case 0 -> room0;
            case 1 -> room1;
            case 2 -> room2;
            default -> room3;
        };
        if ((int) (known >>> 32) == id) {
            return (int) known;
        }
        int bits = lookUp(map);
        long value = (long) id << 32 | bits & 0xFFFFFFFFL;
        switch (id % ROOMS) {
            case 0 -> room0 = value;
            case 1 -> room1 = value;
            case 2 -> room2 = value;
            default -> room3 = value;
        }
        return bits;
    }

    private int lookUp(FormMarks map) {
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
}
