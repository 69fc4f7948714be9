package org.marsad.core.segment;

/**
 * One byline group at a given position of a line: "name (place)", the name 2 to 40 plain characters (no
 * parentheses, no guillemets) or a «quoted» outlet of 1 to 30, the place 1 to 30 characters without parentheses;
 * spaces may stand before the name and before the parenthesis. A hand-written scan, linear in the group: the
 * regular expression it replaces ({@code \s*([^()«»]{2,40}|«[^«»]{1,30}»)\s*\(([^()]{1,30})\)}, tried with
 * {@code find()} from every position) took time cubic in the spaces of a line ending in ")".
 *
 * @param name  the name, stripped (may be empty: spaces alone before the parenthesis)
 * @param place the text between the parentheses, as it is
 * @param end   where the group ends, just after its ")"
 */
record NameGroup(String name, String place, int end) {
    private static final int NAME_MIN = 2;
    private static final int NAME_MAX = 40;
    private static final int QUOTED_MAX = 30;
    private static final int PLACE_MAX = 30;

    /** The group that starts exactly at {@code at}, or null when none does. */
    static NameGroup at(String t, int at) {
        int n = t.length();
        int k = at;
        while (k < n && isSpace(t.charAt(k))) {
            k++;
        }
        if (k >= n) {
            return null;
        }
        int open;
        String name;
        if (t.charAt(k) == '«') {
            int close = k + 1;
            while (close < n && close - k - 1 <= QUOTED_MAX && t.charAt(close) != '«' && t.charAt(close) != '»') {
                close++;
            }
            int inner = close - k - 1;
            if (close >= n || t.charAt(close) != '»' || inner < 1 || inner > QUOTED_MAX) {
                return null;
            }
            open = close + 1;
            while (open < n && isSpace(t.charAt(open))) {
                open++;
            }
            if (open >= n || t.charAt(open) != '(') {
                return null;
            }
            name = t.substring(k, close + 1);
        } else {
            // the name runs to the first "(" and holds no ")", "«", "»"; past NAME_MAX plain characters
            // only spaces may follow before the "("
            open = k;
            int lastSolid = -1;
            while (open < n && "()«»".indexOf(t.charAt(open)) < 0) {
                if (!isSpace(t.charAt(open))) {
                    if (open - k >= NAME_MAX) {
                        return null;
                    }
                    lastSolid = open;
                }
                open++;
            }
            if (open >= n || t.charAt(open) != '(') {
                return null;
            }
            // the name may borrow leading spaces (from "at") and trailing ones (up to the "(") to reach 2 chars
            int solidEnd = lastSolid < 0 ? k : lastSolid + 1;
            if (Math.max(NAME_MIN, solidEnd - k) > Math.min(NAME_MAX, open - at)) {
                return null;
            }
            name = t.substring(k, solidEnd);
        }
        int close = open + 1;
        while (close < n && close - open - 1 <= PLACE_MAX && t.charAt(close) != '(' && t.charAt(close) != ')') {
            close++;
        }
        int placeLength = close - open - 1;
        if (close >= n || t.charAt(close) != ')' || placeLength < 1 || placeLength > PLACE_MAX) {
            return null;
        }
        return new NameGroup(name, t.substring(open + 1, close), close + 1);
    }

    /** As {@code \s} in a regular expression. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
