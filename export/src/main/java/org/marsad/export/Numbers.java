package org.marsad.export;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Decimal numbers as the exports write them: rounded to a fixed number of places, no binary noise (35.81, never 35.810000001). */
final class Numbers {
    private Numbers() {
    }

    /** The value rounded half-up to {@code places} decimals, as plain text without trailing zeros. */
    static String fixed(double v, int places) {
        return round(v, places).toPlainString();
    }

    static BigDecimal round(double v, int places) {
        BigDecimal d = new BigDecimal(Double.toString(v)).setScale(places, RoundingMode.HALF_UP).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
    }

    /** The value rounded to {@code places} decimals, as the nearest double (for typed columns). */
    static Double rounded(Double v, int places) {
        return v == null ? null : round(v, places).doubleValue();
    }
}
