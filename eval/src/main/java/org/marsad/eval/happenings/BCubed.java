package org.marsad.eval.happenings;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * B-cubed and pairwise scores of one grouping of items against another. For each item, precision is the share of
 * the items in its system cluster that are in its gold cluster too, recall the share of its gold cluster that is
 * in its system cluster; both averaged over the items. Pairwise: the pairs of items put together by the system,
 * by the gold, and by both. Clusters are taken as their intersection with the items scored.
 */
public final class BCubed {
    private BCubed() {
    }

    /** One grouping scored against another. */
    public record Score(int items, int goldClusters, int systemClusters, double precision, double recall,
                        long pairsBoth, long pairsSystem, long pairsGold) {
        public double f1() {
            return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }

        public double pairPrecision() {
            return pairsSystem == 0 ? 1.0 : (double) pairsBoth / pairsSystem;
        }

        public double pairRecall() {
            return pairsGold == 0 ? 1.0 : (double) pairsBoth / pairsGold;
        }

        public double pairF1() {
            double p = pairPrecision();
            double r = pairRecall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /**
     * {@code gold} and {@code system} give each item its cluster label; every item must have both. An empty item
     * list scores 1 everywhere (nothing to get wrong).
     */
    public static Score score(Collection<String> items, Map<String, String> gold, Map<String, String> system) {
        Map<String, Integer> goldSize = new HashMap<>();
        Map<String, Integer> systemSize = new HashMap<>();
        Map<List<String>, Integer> both = new HashMap<>();
        for (String i : items) {
            String g = label(gold, i, "gold");
            String s = label(system, i, "system");
            goldSize.merge(g, 1, Integer::sum);
            systemSize.merge(s, 1, Integer::sum);
            both.merge(List.of(g, s), 1, Integer::sum);
        }
        if (items.isEmpty()) {
            return new Score(0, 0, 0, 1, 1, 0, 0, 0);
        }
        double p = 0;
        double r = 0;
        for (String i : items) {
            String g = gold.get(i);
            String s = system.get(i);
            int shared = both.get(List.of(g, s));
            p += (double) shared / systemSize.get(s);
            r += (double) shared / goldSize.get(g);
        }
        return new Score(items.size(), goldSize.size(), systemSize.size(), p / items.size(), r / items.size(),
                pairs(both.values()), pairs(systemSize.values()), pairs(goldSize.values()));
    }

    private static String label(Map<String, String> labels, String item, String side) {
        String l = labels.get(item);
        if (l == null) {
            throw new IllegalArgumentException("item " + item + " has no " + side + " cluster");
        }
        return l;
    }

    private static long pairs(Collection<Integer> sizes) {
        long n = 0;
        for (int s : sizes) {
            n += (long) s * (s - 1) / 2;
        }
        return n;
    }
}
