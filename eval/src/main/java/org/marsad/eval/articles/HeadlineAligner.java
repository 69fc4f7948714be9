package org.marsad.eval.articles;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.marsad.core.segment.Article;

/**
 * Aligns gold articles to system articles, one-to-one. By headline: similarity is
 * {@code 1 - levenshtein / max length} over the headlines' {@link FieldRules#key folded keys} (Arabic
 * normalisation, letters and digits only), and a pair needs at least {@value #THRESHOLD}. Candidates are taken
 * best first, non-teaser articles before teasers (a teaser often repeats another article's headline). A gold
 * article without headline then takes the longest remaining non-teaser article (the page's main article).
 */
public final class HeadlineAligner {
    public static final double THRESHOLD = 0.8;

    private HeadlineAligner() {
    }

    public static List<Alignment> align(List<GoldArticle> gold, List<Article> system) {
        Alignment[] out = new Alignment[gold.size()];
        Set<Integer> taken = new HashSet<>();
        for (Candidate c : candidates(gold, system)) {
            if (out[c.gold] == null && taken.add(c.system)) {
                out[c.gold] = new Alignment(gold.get(c.gold), system.get(c.system), system.get(c.system), c.sim, false);
            }
        }
        for (int g = 0; g < gold.size(); g++) {
            if (out[g] == null && gold.get(g).headline() == null) {
                out[g] = main(gold.get(g), system, taken);
            }
            if (out[g] == null) {
                out[g] = nearest(gold.get(g), system);
            }
        }
        return List.of(out);
    }

    /** Headline similarity in 0..1; 0 when either headline is missing or folds to nothing. */
    public static double similarity(String a, String b) {
        String x = FieldRules.key(a);
        String y = FieldRules.key(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        return 1 - (double) levenshtein(x, y) / Math.max(x.length(), y.length());
    }

    static int levenshtein(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private static List<Candidate> candidates(List<GoldArticle> gold, List<Article> system) {
        List<Candidate> out = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            for (int s = 0; s < system.size(); s++) {
                double sim = similarity(gold.get(g).headline(), system.get(s).headline());
                if (sim >= THRESHOLD) {
                    out.add(new Candidate(g, s, sim, system.get(s).teaser()));
                }
            }
        }
        out.sort(Comparator.comparing((Candidate c) -> c.teaser).thenComparingDouble(c -> -c.sim)
                .thenComparingInt(c -> c.gold).thenComparingInt(c -> c.system));
        return out;
    }

    private static Alignment main(GoldArticle gold, List<Article> system, Set<Integer> taken) {
        int best = -1;
        for (int s = 0; s < system.size(); s++) {
            Article a = system.get(s);
            if (!a.teaser() && !taken.contains(s) && (best < 0 || a.bodyLength() > system.get(best).bodyLength())) {
                best = s;
            }
        }
        if (best < 0) {
            return null;
        }
        taken.add(best);
        return new Alignment(gold, system.get(best), system.get(best), 0, true);
    }

    private static Alignment nearest(GoldArticle gold, List<Article> system) {
        Article near = null;
        double sim = 0;
        for (Article a : system) {
            double x = similarity(gold.headline(), a.headline());
            if (near == null || x > sim) {
                near = a;
                sim = x;
            }
        }
        return new Alignment(gold, null, near, sim, false);
    }

    private record Candidate(int gold, int system, double sim, boolean teaser) {
    }
}
