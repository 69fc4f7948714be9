package org.marsad.cli;

/**
 * Names as the CLI prints them: a file name, path, URL or message that came from outside (a folder listing, a
 * feed, an exception) passes through {@link #of} before it reaches the terminal, so that a name holding a newline
 * cannot forge a line of its own ("marsad: 0 skipped") and a terminal escape cannot repaint the screen.
 * Escape where the text is printed, not where a message is built: an exception's message keeps the raw name and
 * the printer ({@link Marsad#failed}, the usage-error handler, a command's own {@code err.println}) passes the
 * whole line through {@link #of} once, so nothing is escaped twice.
 *
 * <p>Escaped: the backslash (so that an escape stays unambiguous), C0 and C1 controls and DEL
 * ({@code \n}, {@code \r}, {@code \t} by name, others as {@code \x1b} / {@code \u0085}), the line and paragraph
 * separators, the bidi embeddings, overrides and isolates (which reorder what follows them on screen), the byte
 * order mark and lone surrogates. Arabic letters, the marks LRM/RLM/ALM and everything else printable pass as they
 * are.
 */
final class Printable {
    private Printable() {
    }

    /** {@code name} with its control characters escaped; "null" for null. */
    static String of(Object name) {
        String s = String.valueOf(name);
        int i = 0;
        while (i < s.length() && !escaped(s, i)) {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length() + 16).append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!escaped(s, i)) {
                sb.append(c);
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                sb.append(c).append(s.charAt(++i));
            } else {
                append(sb, c);
            }
        }
        return sb.toString();
    }

    private static boolean escaped(String s, int i) {
        char c = s.charAt(i);
        if (c < 0x20 || c == 0x7f || c == '\\' || (c >= 0x80 && c <= 0x9f)) {
            return true;
        }
        if (c == '\u2028' || c == '\u2029' || c == '\ufeff' || (c >= '\u202a' && c <= '\u202e')
                || (c >= '\u2066' && c <= '\u2069')) {
            return true;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
    }

    private static void append(StringBuilder sb, char c) {
        switch (c) {
            case '\n' -> sb.append("\\n");
            case '\r' -> sb.append("\\r");
            case '\t' -> sb.append("\\t");
            case '\\' -> sb.append("\\\\");
            default -> sb.append(c <= 0xff ? String.format("\\x%02x", (int) c) : String.format("\\u%04x", (int) c));
        }
    }
}
