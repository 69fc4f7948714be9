package org.marsad.eval.extraction;

import java.util.List;
import java.util.Locale;

/**
 * The scores of one extraction benchmark run: {@code pages} scored, precision, recall, F1, accuracy, and the
 * pages that could not be read (named, with the reason), and the segments scored wrong (benchmark-specific lines).
 */
public record ExtractionReport(String format, int pages, double precision, double recall, double f1,
        double accuracy, List<String> errors, List<String> misses) {
    public ExtractionReport {
        if (format == null) {
            throw new IllegalArgumentException("a report names its format");
        }
        errors = errors == null ? List.of() : List.copyOf(errors);
        misses = misses == null ? List.of() : List.copyOf(misses);
    }

    /** The spec's JSON object (spec/evaluation.md section 3). */
    public String toJson() {
        return String.format(Locale.ROOT,
                "{\"format\": \"%s\", \"pages\": %d, \"precision\": %.4f, \"recall\": %.4f, \"f1\": %.4f, "
                        + "\"accuracy\": %.4f}", format, pages, precision, recall, f1, accuracy);
    }

    /** A small table for people. */
    public String toText() {
        return String.format(Locale.ROOT, "extraction (%s): %d pages%n  precision %.4f%n  recall    %.4f%n"
                + "  F1        %.4f%n  accuracy  %.4f%n", format, pages, precision, recall, f1, accuracy);
    }
}
