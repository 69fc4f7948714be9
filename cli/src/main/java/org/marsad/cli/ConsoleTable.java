package org.marsad.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A console table whose columns line up with Arabic text in them.
 * <ul>
 *   <li>Cells are padded to their column by display width, not by chars: combining marks (the harakat of
 *       {@code قُتل}), format characters and the second half of a surrogate pair take no column.</li>
 *   <li>A cell with right-to-left letters is wrapped in FIRST STRONG ISOLATE ... POP DIRECTIONAL ISOLATE, so that a
 *       terminal that applies the bidi algorithm keeps each cell in its column (the Arabic runs of two cells do not
 *       merge and swap places) and one that does not shows nothing for them (zero-width format characters).</li>
 *   <li>A cell wider than {@code maxWidth} is cut with an ellipsis; cells pass through {@link Printable#of}.</li>
 * </ul>
 */
final class ConsoleTable {
    static final char FSI = '\u2068';
    static final char PDI = '\u2069';
    private final List<String> header;
    private final int maxWidth;
    private final List<List<String>> rows = new ArrayList<>();

    ConsoleTable(int maxWidth, String... header) {
        this.header = List.of(header);
        this.maxWidth = maxWidth;
    }

    /** Adds a row (null cells print as "-"). */
    ConsoleTable row(Object... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException("a row of " + cells.length + " cells in a table of " + header.size());
        }
        List<String> row = new ArrayList<>();
        for (Object c : cells) {
            row.add(cut(Printable.of(c == null ? "-" : c.toString())));
        }
        rows.add(row);
        return this;
    }

    /** Prints the header and the rows, each line starting with {@code indent}. */
    void print(PrintWriter out, String indent) {
        int[] widths = new int[header.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = width(header.get(i));
            for (List<String> r : rows) {
                widths[i] = Math.max(widths[i], width(r.get(i)));
            }
        }
        out.println(line(header, widths, indent));
        for (List<String> r : rows) {
            out.println(line(r, widths, indent));
        }
    }

    private static String line(List<String> cells, int[] widths, String indent) {
        StringBuilder sb = new StringBuilder(indent);
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            sb.append(rtl(c) ? FSI + c + PDI : c);
            if (i < cells.size() - 1) {
                sb.append(" ".repeat(widths[i] - width(c) + 2));
            }
        }
        return sb.toString().stripTrailing();
    }

    private String cut(String s) {
        if (width(s) <= maxWidth) {
            return s;
        }
        StringBuilder sb = new StringBuilder();
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int cw = width(cp);
            if (w + cw > maxWidth - 1) {
                break;
            }
            sb.appendCodePoint(cp);
            w += cw;
            i += Character.charCount(cp);
        }
        return sb.append('…').toString();
    }

    /** Columns {@code s} takes on a terminal: one per code point, none for marks and format characters. */
    static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += width(cp);
            i += Character.charCount(cp);
        }
        return w;
    }

    private static int width(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT ? 0 : 1;
    }

    private static boolean rtl(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            byte d = Character.getDirectionality(cp);
            if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }
}
