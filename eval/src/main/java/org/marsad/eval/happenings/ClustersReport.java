package org.marsad.eval.happenings;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.marsad.eval.Table;

/** What {@link ClustersEvaluation} measured, printable as a table or as JSON. */
public record ClustersReport(String coder, String split, int pages, int systemEvents, int systemClusters,
                             BCubed.Score score, BCubed.Score matchedOnly, Map<ClustersEvaluation.Match, Integer> matches,
                             List<Agreement> agreement, List<Shown> shown, Map<String, Map<String, Integer>> mixed,
                             Map<String, Integer> apart, List<String> problems) {

    /** Another coder's grouping scored against the gold's, on that coder's windows. */
    public record Agreement(String coder, String against, List<String> windows, BCubed.Score score) {
    }

    /** One gold happening: its reports in scope, the system clusters holding them, and how many went unmatched. */
    public record Shown(String id, String note, int reports, Map<String, Integer> clusters, int unmatched,
                        List<String> details) {
    }

    public String text(boolean verbose) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "happenings gold %s, split %s: %d articles coded, %d system events in "
                + "%d clusters%n", coder, split == null ? "all" : split, pages, systemEvents, systemClusters));
        out.append(String.format(Locale.ROOT, "gold reports %d in %d happenings; matched to a system event: %s%n",
                score.items(), score.goldClusters(), matches));
        Table t = new Table("grouping", "reports", "B3 P", "B3 R", "B3 F1", "pair P", "pair R", "pair F1");
        t.row("system vs " + coder, score.items(), score.precision(), score.recall(), score.f1(),
                score.pairPrecision(), score.pairRecall(), score.pairF1());
        t.row("  matched reports only", matchedOnly.items(), matchedOnly.precision(), matchedOnly.recall(),
                matchedOnly.f1(), matchedOnly.pairPrecision(), matchedOnly.pairRecall(), matchedOnly.pairF1());
        for (Agreement a : agreement) {
            BCubed.Score s = a.score();
            t.row(a.coder() + " vs " + a.against() + " (" + String.join(",", a.windows()) + ")", s.items(),
                    s.precision(), s.recall(), s.f1(), s.pairPrecision(), s.pairRecall(), s.pairF1());
        }
        out.append(t.render());
        out.append(String.format(Locale.ROOT, "gold pairs left in two clusters: %d; why (a pair may count twice): %s%n",
                apart.getOrDefault("pairs", 0), why()));
        out.append("\nhappenings shown: the system clusters holding their reports\n");
        for (Shown s : shown) {
            out.append(String.format(Locale.ROOT, "  %s: %d reports -> %s%s%n", s.id(), s.reports(),
                    s.clusters().isEmpty() ? "no cluster" : s.clusters(),
                    s.unmatched() == 0 ? "" : ", unmatched " + s.unmatched()));
            if (verbose) {
                s.details().forEach(d -> out.append("      ").append(d).append('\n'));
            }
        }
        if (verbose) {
            out.append("\nsystem clusters mixing gold happenings\n");
            mixed.forEach((c, m) -> out.append("  ").append(c).append(": ").append(m).append('\n'));
        }
        return out.toString();
    }

    private Map<String, Integer> why() {
        Map<String, Integer> out = new java.util.TreeMap<>(apart);
        out.remove("pairs");
        return out;
    }

    public String json() {
        ObjectMapper m = new ObjectMapper();
        ObjectNode root = m.createObjectNode();
        root.put("gold", coder);
        root.put("split", split == null ? "all" : split);
        root.put("articles", pages);
        root.put("system_events", systemEvents);
        root.put("system_clusters", systemClusters);
        root.set("system", score(m, score));
        root.set("system_matched_only", score(m, matchedOnly));
        ObjectNode match = root.putObject("matched");
        matches.forEach((k, v) -> match.put(k.name().toLowerCase(Locale.ROOT), v));
        ArrayNode ag = root.putArray("agreement");
        for (Agreement a : agreement) {
            ObjectNode n = score(m, a.score());
            n.put("coder", a.coder());
            n.put("against", a.against());
            ArrayNode w = n.putArray("windows");
            a.windows().forEach(w::add);
            ag.add(n);
        }
        ArrayNode sh = root.putArray("shown");
        for (Shown s : shown) {
            ObjectNode n = sh.addObject();
            n.put("id", s.id());
            n.put("reports", s.reports());
            ObjectNode c = n.putObject("clusters");
            s.clusters().forEach(c::put);
            n.put("unmatched", s.unmatched());
        }
        root.put("mixed_clusters", mixed.size());
        ObjectNode ap = root.putObject("gold_pairs_apart");
        apart.forEach(ap::put);
        ArrayNode p = root.putArray("problems");
        problems.forEach(p::add);
        return root.toString();
    }

    private static ObjectNode score(ObjectMapper m, BCubed.Score s) {
        ObjectNode n = m.createObjectNode();
        n.put("reports", s.items());
        n.put("gold_clusters", s.goldClusters());
        n.put("system_clusters", s.systemClusters());
        n.put("b3_precision", round(s.precision()));
        n.put("b3_recall", round(s.recall()));
        n.put("b3_f1", round(s.f1()));
        n.put("pair_precision", round(s.pairPrecision()));
        n.put("pair_recall", round(s.pairRecall()));
        n.put("pair_f1", round(s.pairF1()));
        n.put("pairs_both", s.pairsBoth());
        n.put("pairs_system", s.pairsSystem());
        n.put("pairs_gold", s.pairsGold());
        return n;
    }

    private static double round(double x) {
        return Math.round(x * 10000) / 10000.0;
    }
}
