package org.marsad.core.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.marsad.model.Span;

/**
 * One non-blank line of a page: its span (trimmed of spaces and direction marks) into the page text, its text,
 * its word count, whether a blank line (or the page start) comes before it, {@link #key} (the text with runs of
 * spaces folded, to find repeated lines) and {@link #cue} (its {@link PageCues#key}, to look phrases up).
 * <p>
 * The text and the two keys are computed on first use and kept: most lines of a page are long body paragraphs
 * whose kind is settled by the key of their first words ({@link PageCues#keyStart}), their length and their last
 * chars, read from the page; only the scraped splitter compares whole lines. Not thread-safe; a line lives inside
 * one split.
 */
final class Line {
    private static final byte SPACE = 1;
    /** Bit 1, read as {@code f >>> 1 & 1} in {@link #scan}. */
    private static final byte LETTER_OR_DIGIT = 2;
    /** A line break (also a space). */
    private static final byte BREAK = 4;
    /** Per UTF-16 unit, its {@link #SPACE}, {@link #LETTER_OR_DIGIT} and {@link #BREAK} bits. */
    private static final byte[] CHARS = charTable();
    private final int index;
    /** The page text, of which this line is {@link #span}: the line's own text is copied out only on demand. */
    private final String page;
    private final Span span;
    private final int words;
    private final boolean afterBlank;
    private String text;
    private String key;
    private String cue;

    Line(int index, String page, Span span, int words, boolean afterBlank) {
        this.index = index;
        this.page = page;
        this.span = span;
        this.words = words;
        this.afterBlank = afterBlank;
    }

    int index() {
        return index;
    }

    Span span() {
        return span;
    }

    /**
     * The line's text, copied out of the page on first use and kept. Most lines are body paragraphs that the
     * classifier settles from their length, their first words and their last chars ({@link #charAt}), unread.
     */
    String text() {
        if (text == null) {
            text = page.substring(span.start(), span.end());
        }
        return text;
    }

    /** The length of {@link #text}. */
    int length() {
        return span.length();
    }

    /** The char at {@code k} of {@link #text}, read from the page. */
    char charAt(int k) {
        return page.charAt(span.start() + Objects.checkIndex(k, span.length()));
    }

    /** Whether {@code c} is in the first {@code limit} chars of {@link #text}. */
    boolean hasWithin(char c, int limit) {
        int end = span.start() + Math.min(limit, span.length());
        for (int k = span.start(); k < end; k++) {
            if (page.charAt(k) == c) {
                return true;
            }
        }
        return false;
    }

    /** The {@link PageCues#lookStart} of the text, read from the page. */
    PageCues.CueKey lookStart(PageCues cues) {
        return cues.lookStart(page, span.start(), span.end());
    }

    int words() {
        return words;
    }

    boolean afterBlank() {
        return afterBlank;
    }

    /** The text with runs of spaces folded to one plain space: equal keys are the same line printed twice. */
    String key() {
        if (key == null) {
            key = foldSpaces(text());
        }
        return key;
    }

    /** The whole {@link PageCues#key} of the text. */
    String cue() {
        if (cue == null) {
            cue = PageCues.key(text());
        }
        return cue;
    }

    /** Runs of spaces folded to one plain space. */
    static String foldSpaces(String t) {
        StringBuilder out = new StringBuilder(t.length());
        boolean space = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (isSpace(c)) {
                space = true;
                continue;
            }
            if (space && out.length() > 0) {
                out.append(' ');
            }
            space = false;
            out.append(c);
        }
        return out.toString();
    }

    /** The non-blank lines of {@code text}, split at {@code \n}, {@code \r}, U+2028 and U+2029. */
    static List<Line> of(String text) {
        List<Line> lines = new ArrayList<>();
        boolean blank = true;
        int i = 0;
        int n = text.length();
        while (i <= n) {
            long scan = scan(text, i);
            int end = (int) (scan >>> 32);
            int s = i;
            int e = end;
            while (s < e && isSpace(text.charAt(s))) {
                s++;
            }
            while (e > s && isSpace(text.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                lines.add(new Line(lines.size(), text, new Span(s, e), (int) scan, blank));
                blank = false;
            } else {
                blank = true;
            }
            i = end < n && text.charAt(end) == '\r' && end + 1 < n && text.charAt(end + 1) == '\n' ? end + 2 : end + 1;
        }
        return lines;
    }

    /**
     * The end of the line that starts at {@code from} (the next break or the text's end) in the high half, and its
     * words in the low half, counted as {@link #countWords} does: a word is counted at its first letter or digit.
     * Every char of a page passes here, so the count is kept without branches (a space starts a word, a letter or
     * digit counts it once); only the rare break is tested.
     */
    private static long scan(String text, int from) {
        int n = text.length();
        int end = from;
        int words = 0;
        int counted = 0; // 1 once the current word is counted
        while (end < n) {
            int f = CHARS[text.charAt(end)];
            if ((f & BREAK) != 0) {
                break;
            }
            int letter = (f >>> 1 & ~f) & 1; // a letter or digit, and no space
            words += letter & ~counted;
            counted = (counted | letter) & ~f & SPACE;
            end++;
        }
        return (long) end << 32 | words;
    }

    private static boolean isBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
    }

    /** Spaces, no-break spaces, and invisible direction and joining marks. */
    static boolean isSpace(char c) {
        return (CHARS[c] & SPACE) != 0;
    }

    static boolean isLetterOrDigit(char c) {
        return (CHARS[c] & LETTER_OR_DIGIT) != 0;
    }

    /** The char tests of every UTF-16 unit, looked up once at class load (64 KB). */
    private static byte[] charTable() {
        byte[] table = new byte[Character.MAX_VALUE + 1];
        for (int i = 0; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            table[i] = (byte) ((isUnicodeSpace(c) ? SPACE : 0) | (Character.isLetterOrDigit(c) ? LETTER_OR_DIGIT : 0)
                    | (isBreak(c) ? BREAK : 0));
        }
        return table;
    }

    private static boolean isUnicodeSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\u200E' || c == '\u200F'
                || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069' || c == '\uFEFF';
    }

    /** Words: runs of non-space chars holding at least one letter or digit. */
    static int countWords(String t) {
        int count = 0;
        boolean inWord = false;
        boolean hasLetter = false;
        for (int i = 0; i <= t.length(); i++) {
            char c = i < t.length() ? t.charAt(i) : ' ';
            if (isSpace(c)) {
                if (inWord && hasLetter) {
                    count++;
                }
                inWord = false;
                hasLetter = false;
            } else {
                inWord = true;
                hasLetter |= isLetterOrDigit(c);
            }
        }
        return count;
    }

    @Override
    public String toString() {
        return "Line[" + index + " " + span + " " + text() + "]";
    }
}
