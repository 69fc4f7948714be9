package org.marsad.export;

/** Field quoting for CSV (RFC 4180) and TSV (tabs and line breaks become spaces). */
final class Csv {
    private Csv() {
    }

    /** The value as text, empty for null. */
    static String nz(Object o) {
        return o == null ? "" : o.toString();
    }

    static String csv(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    static String tsv(Object value) {
        return value == null ? "" : value.toString().replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
