package org.marsad.core.lex;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a lexicon TSV resource: UTF-8, {@code #} lines are the header and comments, blank lines skipped,
 * every other line split on tabs. A missing resource or a row with too few columns fails with
 * {@code file:line: reason}, so a broken lexicon stops start-up instead of silently shrinking.
 */
public final class TsvReader {
    private TsvReader() {
    }

    /** One data row: its resource name and line number (for messages) and its columns. */
    public record Row(String file, int line, List<String> cols) {
        public String get(int i) {
            return i < cols.size() ? cols.get(i).strip() : "";
        }

        /** The column, or null when empty or {@code -}. */
        public String optional(int i) {
            String v = get(i);
            return v.isEmpty() || v.equals("-") ? null : v;
        }

        public IllegalStateException error(String reason) {
            return new IllegalStateException(file + ":" + line + ": " + reason);
        }
    }

    /** Reads a classpath resource relative to {@code anchor}'s package (or absolute with a leading /). */
    public static List<Row> read(Class<?> anchor, String resource, int minColumns) {
        InputStream in = anchor.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("lexicon resource missing: " + resource + " (next to " + anchor.getName() + ")");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<Row> rows = new ArrayList<>();
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                Row row = new Row(resource, n, List.of(line.split("\t", -1)));
                if (row.cols().size() < minColumns) {
                    throw row.error("expected at least " + minColumns + " tab-separated columns, found " + row.cols().size());
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + resource, e);
        }
    }
}
