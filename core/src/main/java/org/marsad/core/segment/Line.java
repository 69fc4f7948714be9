package org.marsad.core.segment;

import java.util.ArrayList;
import java.util.List;
import org.marsad.model.Span;

/**
 * One non-blank line of a page: its span (trimmed of spaces and direction marks) into the page text, its text,
 * its word count, whether a blank line (or the page start) comes before it, {@code key} (the text with runs of
 * spaces folded, to find repeated lines) and {@code cue} (its {@link PageCues#key}, to look phrases up).
 */
record Line(int index, Span span, String text, int words, boolean afterBlank, String key, String cue) {

    Line(int index, Span span, String text, int words, boolean afterBlank) {
        this(index, span, text, words, afterBlank, foldSpaces(text), PageCues.key(text));
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
            int end = i;
            while (end < n && !isBreak(text.charAt(end))) {
                end++;
            }
            int s = i;
            int e = end;
            while (s < e && isSpace(text.charAt(s))) {
                s++;
            }
            while (e > s && isSpace(text.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                String t = text.substring(s, e);
                lines.add(new Line(lines.size(), new Span(s, e), t, countWords(t), blank));
                blank = false;
            } else {
                blank = true;
            }
            i = end < n && text.charAt(end) == '\r' && end + 1 < n && text.charAt(end + 1) == '\n' ? end + 2 : end + 1;
        }
        return lines;
    }

    private static boolean isBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
    }

    /** Spaces, no-break spaces, and invisible direction and joining marks. */
    static boolean isSpace(char c) {
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
                hasLetter |= Character.isLetterOrDigit(c);
            }
        }
        return count;
    }
}
