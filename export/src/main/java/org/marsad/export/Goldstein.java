package org.marsad.export;

import java.util.Map;
import java.util.Optional;

/**
 * Goldstein conflict–cooperation scores (−10..+10) by CAMEO root code, as given in the CAMEO codebook's
 * Goldstein table for each root's base code. Finer codes take their root's score.
 */
final class Goldstein {
    private static final Map<String, Double> ROOT = Map.ofEntries(
            Map.entry("01", 0.0), Map.entry("02", 3.0), Map.entry("03", 4.0), Map.entry("04", 1.0),
            Map.entry("05", 3.5), Map.entry("06", 6.0), Map.entry("07", 7.0), Map.entry("08", 5.0),
            Map.entry("09", -2.0), Map.entry("10", -5.0), Map.entry("11", -2.0), Map.entry("12", -4.0),
            Map.entry("13", -6.0), Map.entry("14", -6.5), Map.entry("15", -7.2), Map.entry("16", -4.0),
            Map.entry("17", -7.0), Map.entry("18", -9.0), Map.entry("19", -10.0), Map.entry("20", -10.0));

    private Goldstein() {
    }

    static Optional<Double> score(String cameo) {
        if (cameo == null || cameo.length() < 2) {
            return Optional.empty();
        }
        return Optional.ofNullable(ROOT.get(cameo.substring(0, 2)));
    }
}
