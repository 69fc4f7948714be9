package org.marsad.core.lex;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.marsad.core.text.AlignedText;

/**
 * Splits a normalised text into {@link Lexeme}s in one linear pass: runs of letters, runs of ASCII digits
 * (with 3-digit grouping by {@code ,} or {@code ٬} kept inside), and single punctuation chars; spaces dropped.
 * A letter run and a digit run are separate lexemes even when adjacent ({@code و9} is {@code و} + {@code 9}).
 */
public final class Lexer {
    private Lexer() {
    }

    /**
     * Longest stretch the finders lex at once. A longer sentence is cut at the first space after this many chars,
     * so memory stays bounded; rules look only a few words around, so a cut costs at most a mention at the seam.
     */
    public static final int CHUNK = 1 << 16;

    public static List<Lexeme> lex(String s) {
        return lex(s, 0, s.length());
    }

    /** The end of the chunk that starts at {@code from}: the first space at or after {@code from + CHUNK}. */
    public static int chunkEnd(String s, int from) {
        int e = from + CHUNK;
        if (e >= s.length()) {
            return s.length();
        }
        while (e < s.length() && !Character.isWhitespace(s.charAt(e))) {
            e++;
        }
        return e;
    }

    /**
     * The lexemes of the normalised sentence {@code at}, whose original begins at page offset {@code base}, one chunk
     * of at most about {@link #CHUNK} chars at a time (unmodifiable lists).
     */
    static List<List<Lexeme>> chunks(AlignedText at, int base) {
        String s = at.normalized();
        List<List<Lexeme>> parts = new ArrayList<>(1);
        for (int from = 0; from < s.length(); ) {
            int to = chunkEnd(s, from);
            List<Lexeme> part = new ArrayList<>(Math.max(16, (to - from) / 5));
            lex(s, from, to, 0, at, base, part);
            parts.add(Collections.unmodifiableList(part));
            from = to;
        }
        return parts;
    }

    /** Lexemes of {@code s[from, to)}, with offsets into {@code s} (taken as the page too). */
    public static List<Lexeme> lex(String s, int from, int to) {
        List<Lexeme> out = new ArrayList<>(Math.max(16, (to - from) / 5));
        lex(s, from, to, 0, null, 0, out);
        return out;
    }

    /**
     * Appends the lexemes of {@code s[from, to)} to {@code out}, each at its offset in {@code s} plus {@code shift},
     * its chars coming from the page as {@code aligned} maps {@code s} (null: one to one), shifted by {@code base}.
     */
    static void lex(String s, int from, int to, int shift, AlignedText aligned, int base, List<Lexeme> out) {
        for (Spelling sp : spell(s, from, to)) {
            out.add(new Lexeme(sp, shift + sp.from, shift + sp.to, aligned, base));
        }
    }

    /** What the lexemes of {@code s[from, to)} are, in order. */
    static List<Spelling> spell(String s, int from, int to) {
        char[] a = chars(s, from, to);
        List<Spelling> out = new ArrayList<>(Math.max(4, (to - from) / 5));
        int n = to - from;
        int i = 0;
        while (i < n) {
            char c = a[i];
            if (isDigit(c)) {
                int e = Math.min(n, digitsEnd(s, from + i) - from);
                out.add(new Spelling(Lexeme.Kind.NUMBER, s, from + i, from + e));
                i = e;
            } else if (isLetter(c)) {
                int e = i + 1;
                while (e < n && isLetter(a[e])) {
                    e++;
                }
                out.add(new Spelling(Lexeme.Kind.WORD, s, from + i, from + e));
                i = e;
            } else {
                if (!isBlank(c)) {
                    out.add(new Spelling(Lexeme.Kind.PUNCT, s, from + i, from + i + 1));
                }
                i++;
            }
        }
        return out;
    }

    /** True for the chars that separate lexemes without being one: spaces and controls. */
    static boolean isBlank(char c) {
        return c == ' ' || Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c);
    }

    /** A longer text is copied into a buffer of its own, not kept. */
    private static final int MAX_BUFFER = 1 << 18;

    /** This thread's scratch buffer: lexing reads a char array, not the string's code-unit accessor. */
    private static final ThreadLocal<char[][]> BUFFER = ThreadLocal.withInitial(() -> new char[][] {new char[1 << 10]});

    /** The chars of {@code s[from, to)} at index 0 of this thread's buffer, valid until the next call. */
    private static char[] chars(String s, int from, int to) {
        char[][] box = BUFFER.get();
        int n = to - from;
        char[] b = n <= box[0].length ? box[0] : new char[n];
        if (b != box[0] && n <= MAX_BUFFER) {
            box[0] = b;
        }
        s.getChars(from, to, b, 0);
        return b;
    }

    /** {@link Character#isLetter(char)}, answering the basic Arabic letters and ASCII without the Unicode tables. */
    static boolean isLetter(char c) {
        if (c >= '\u0621' && c <= '\u063A' || c >= '\u0641' && c <= '\u064A' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
            return true;
        }
        return c >= 0x80 && Character.isLetter(c);
    }

    private static int digitsEnd(String s, int i) {
        int n = s.length();
        int e = i;
        while (e < n && isDigit(s.charAt(e))) {
            e++;
        }
        while (e < n && (s.charAt(e) == ',' || s.charAt(e) == '٬') && threeDigits(s, e + 1)) {
            e += 4;
        }
        return e;
    }

    private static boolean threeDigits(String s, int at) {
        int n = s.length();
        return at + 3 <= n && isDigit(s.charAt(at)) && isDigit(s.charAt(at + 1)) && isDigit(s.charAt(at + 2))
                && (at + 3 == n || !isDigit(s.charAt(at + 3)));
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
