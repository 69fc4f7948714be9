package org.marsad.core.segment;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates given as ISO text: {@code 2023-02-26}, possibly followed by a time and zone, which are ignored. */
final class IsoDates {
    private static final Pattern ISO = Pattern.compile("^\\s*((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)(?:$|[T ].*)");

    private IsoDates() {
    }

    /** The date, or null when the text does not start with an ISO date. */
    static LocalDate parse(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = ISO.matcher(value.strip());
        if (!m.matches()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
