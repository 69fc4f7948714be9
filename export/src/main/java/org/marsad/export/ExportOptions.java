package org.marsad.export;

import java.time.Instant;

/**
 * What a writer may be asked beyond the format: a UTF-8 byte-order mark first (Excel reads CSV as UTF-8 only
 * then), every event rather than only those the format's convention codes (ACLED leaves statements out), the
 * sentence text in each record, and the time written as the rows' last change (ACLED's {@code timestamp}).
 */
public record ExportOptions(boolean bom, boolean allEvents, boolean withText, Instant now) {
    public static ExportOptions defaults() {
        return new ExportOptions(false, false, false, Instant.now());
    }

    public ExportOptions {
        if (now == null) {
            now = Instant.now();
        }
    }
}
