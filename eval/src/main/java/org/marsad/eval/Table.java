package org.marsad.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A plain-text table for the terminal: a header row, then rows, columns padded to their widest cell.
 * Numbers (cells that parse as a number) are right-aligned, everything else left-aligned. Width counts code
 * points and skips combining marks, so Arabic with diacritics lines up as well as a terminal allows.
 */
public final class Table {
    private final String[] header;
    private final List<String[]> rows = new ArrayList<>();

    public Table(String... header) {
        if (header.length == 0) {
            throw new IllegalArgumentException("a table needs at least one column");
        }
        this.header = header.clone();
    }

    /** Adds a row; values are printed with {@link #cell(Object)}. */
    public Table row(Object... values) {
        if (values.length != header.length) {
            throw new IllegalArgumentException("row has " + values.length + " cells, table has " + header.length);
        }
        rows.add(Arrays.stream(values).map(Table::cell).toArray(String[]::new));
        return this;
    }

    /** Doubles with three decimals, null as "-", everything else by toString. */
    public static String cell(Object v) {
        if (v == null) {
            return "-";
        }
        if (v instanceof Double || v instanceof Float) {
            return String.format(Locale.ROOT, "%.3f", ((Number) v).doubleValue());
        }
        return v.toString();
    }

    public String render() {
        int[] widths = new int[header.length];
        for (int c = 0; c < header.length; c++) {
            widths[c] = width(header[c]);
            for (String[] r : rows) {
                widths[c] = Math.max(widths[c], width(r[c]));
            }
        }
        StringBuilder out = new StringBuilder();
        line(out, header, widths);
        String[] rule = new String[header.length];
        for (int c = 0; c < header.length; c++) {
            rule[c] = "-".repeat(widths[c]);
        }
        line(out, rule, widths);
        rows.forEach(r -> line(out, r, widths));
        return out.toString();
    }

    @Override
    public String toString() {
        return render();
    }

    private static void line(StringBuilder out, String[] cells, int[] widths) {
        for (int c = 0; c < cells.length; c++) {
            String pad = " ".repeat(widths[c] - width(cells[c]));
            boolean last = c == cells.length - 1;
            if (numeric(cells[c])) {
                out.append(pad).append(cells[c]);
            } else {
                out.append(cells[c]).append(last ? "" : pad);
            }
            out.append(last ? "\n" : "  ");
        }
    }

    static int width(String s) {
        return (int) s.codePoints().filter(cp -> Character.getType(cp) != Character.NON_SPACING_MARK).count();
    }

    private static boolean numeric(String s) {
        return s.matches("-?\\d+(\\.\\d+)?%?");
    }
}
