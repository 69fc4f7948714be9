package org.marsad.core.segment;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.core.lex.TsvReader;

/**
 * Reads the publication stamp a scraped page prints near its top ("الأحد 10 نوفمبر 2024 - 12:30 م",
 * "نشر في: 2024-11-10", "10/11/2024"): only from a line that {@link LineClassifier} calls a stamp (a short line
 * mostly of numbers, month and day names), only before the first body paragraph, never from a sentence.
 */
final class DateStamp {
    private static final Pattern ISO = Pattern.compile("\\b((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)\\b");
    private static final Pattern DMY = Pattern.compile("\\b(\\d{1,2})[/.](\\d{1,2})[/.]((?:19|20)\\d\\d)\\b");
    private static final Map<String, Integer> MONTHS = load();
    private static final int MAX_HEADER_LINES = 40;

    private DateStamp() {
    }

    private static Map<String, Integer> load() {
        Map<String, Integer> months = new HashMap<>();
        for (TsvReader.Row row : TsvReader.read(DateStamp.class, "months.tsv", 2)) {
            int m;
            try {
                m = Integer.parseInt(row.get(1));
            } catch (NumberFormatException e) {
                throw row.error("month number is not a number");
            }
            if (m < 1 || m > 12) {
                throw row.error("month number out of 1-12");
            }
            months.put(PageCues.key(row.get(0)), m);
        }
        return Map.copyOf(months);
    }

    /** The date of the first stamp line before the page's first paragraph, or null. */
    static LocalDate find(String text, LineClassifier classifier) {
        List<Line> lines = Line.of(text);
        for (int i = 0; i < lines.size() && i < MAX_HEADER_LINES; i++) {
            Line line = lines.get(i);
            if (LineClassifier.isBody(line)) {
                return null;
            }
            if (classifier.isStamp(line)) {
                LocalDate d = parse(line);
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    /** A Gregorian date written in a line: ISO, day/month/year, or day, month name, year. */
    static LocalDate parse(Line line) {
        Matcher iso = ISO.matcher(line.text());
        if (iso.find()) {
            return date(iso.group(1), iso.group(2), iso.group(3));
        }
        Matcher dmy = DMY.matcher(line.text());
        if (dmy.find()) {
            return date(dmy.group(3), dmy.group(2), dmy.group(1));
        }
        String[] t = line.cue().split(" ");
        for (int i = 0; i + 2 < t.length; i++) {
            int width = MONTHS.containsKey(t[i + 1]) ? 1 : i + 3 < t.length && MONTHS.containsKey(t[i + 1] + " " + t[i + 2]) ? 2 : 0;
            if (width > 0 && i + 1 + width < t.length && isNumber(t[i]) && isNumber(t[i + 1 + width])) {
                int month = MONTHS.get(width == 1 ? t[i + 1] : t[i + 1] + " " + t[i + 2]);
                return date(t[i + 1 + width], String.valueOf(month), t[i]);
            }
        }
        return null;
    }

    private static boolean isNumber(String s) {
        return !s.isEmpty() && s.length() <= 4 && s.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static LocalDate date(String y, String m, String d) {
        try {
            int year = Integer.parseInt(y);
            return year < 1900 || year > 2100 ? null : LocalDate.of(year, Integer.parseInt(m), Integer.parseInt(d));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
