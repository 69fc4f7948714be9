package org.marsad.eval.gsr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.core.text.ArabicNormalizer;

/** Token-overlap F1 between a system text and gold tokens, both normalised with the runtime normaliser. */
final class TokenOverlap {
    private static final ArabicNormalizer NORMALIZER = new ArabicNormalizer();

    private TokenOverlap() {
    }

    /** Multiset F1; 1 when both sides are empty, 0 when only one is. */
    static double f1(String system, List<String> gold) {
        List<String> sys = tokens(system == null ? "" : system);
        List<String> ref = tokens(String.join(" ", gold));
        if (sys.isEmpty() || ref.isEmpty()) {
            return sys.isEmpty() && ref.isEmpty() ? 1 : 0;
        }
        Map<String, Integer> left = new HashMap<>();
        ref.forEach(t -> left.merge(t, 1, Integer::sum));
        int common = 0;
        for (String t : sys) {
            Integer c = left.get(t);
            if (c != null && c > 0) {
                common++;
                left.put(t, c - 1);
            }
        }
        if (common == 0) {
            return 0;
        }
        double p = (double) common / sys.size();
        double r = (double) common / ref.size();
        return 2 * p * r / (p + r);
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        for (String w : NORMALIZER.normalize(text).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }
}
