package org.marsad.eval.gsr;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One labelled GSR sentence; its date comes from its Gigaword id ({@code AAW_ARB_20071026.0026-2}). */
record GsrSentence(String id, Label label, String text) {
    private static final Pattern ID_DATE = Pattern.compile("_(\\d{4})(\\d{2})(\\d{2})\\.");

    /** The gold label of a sentence. */
    enum Label {
        YES, EASY_NO, DIFFICULT_NO, AMBIGUOUS;

        /** The label as the CSV writes it ("yes", "easy no", "difficult no", "ambiguous"); null when unknown. */
        static Label parse(String s) {
            return switch (s.strip().toLowerCase(Locale.ROOT)) {
                case "yes" -> YES;
                case "easy no" -> EASY_NO;
                case "difficult no" -> DIFFICULT_NO;
                case "ambiguous" -> AMBIGUOUS;
                default -> null;
            };
        }
    }

    /** The publication date encoded in a Gigaword id, or null when the id carries none. */
    static LocalDate dateOf(String id) {
        Matcher m = ID_DATE.matcher(id);
        if (!m.find()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
