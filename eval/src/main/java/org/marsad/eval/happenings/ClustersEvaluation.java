package org.marsad.eval.happenings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.marsad.eval.articles.CorpusPage;
import org.marsad.core.dedup.EventCluster;
import org.marsad.core.segment.Page;
import org.marsad.model.Event;
import org.marsad.model.GeoPrecision;
import org.marsad.model.Mention;

/**
 * {@code marsad eval clusters --gold}: the system's clusters of reports across articles against the happenings gold
 * (docs/annotation.md, "Happenings across outlets"). The pipeline codes every article of the gold's date windows,
 * the clusterer groups all their events, and each gold report (an event of the article gold) is matched to a system
 * event of its article: one whose trigger or a mention overlaps the gold trigger, with the same type; else one whose
 * trigger lies in the gold trigger's sentence, with the same type; else one whose trigger or a mention overlaps a
 * mention the coder listed, with the same type; else an overlapping one of
 * another type. The report's system cluster is that event's; an unmatched report is a cluster of its own. Scores are
 * B-cubed and pairwise over the gold reports ({@link BCubed}); {@code split} keeps the reports of that manifest
 * split only (the clustering still sees every article, as a store would).
 */
public final class ClustersEvaluation {
    private final Function<Page, List<Event>> coder;
    private final Function<List<Event>, List<EventCluster>> clusterer;

    /**
     * @param coder     the events of one page (the pipeline's {@code process(page).events()})
     * @param clusterer the clusters of all events (the project's {@code EventClusterer::cluster})
     */
    public ClustersEvaluation(Function<Page, List<Event>> coder, Function<List<Event>, List<EventCluster>> clusterer) {
        this.coder = coder;
        this.clusterer = clusterer;
    }

    /** How a gold report was matched; {@code NONE}: no system event, a singleton cluster. */
    public enum Match { OVERLAP, SENTENCE, OTHER_TYPE, NONE }

    /**
     * @param articles  the article gold folder (gold/ant)
     * @param corpora   the folder holding the corpora the gold names
     * @param gold      the happenings gold scored against
     * @param second    other coders' happenings, scored against {@code gold} on their windows (agreement)
     * @param split     train, dev or test; null: all
     * @param show      happening ids to show (empty: the five with most reports)
     */
    public ClustersReport run(Path articles, Path corpora, HappeningsGold gold, List<HappeningsGold> second,
                              String split, List<String> show) {
        List<String> problems = new ArrayList<>();
        ArticleGold ant = ArticleGold.read(articles, problems);
        Set<String> windows = Set.copyOf(gold.windows());
        List<GoldReport> universe = ant.reports().stream().filter(r -> windows.contains(r.window())).toList();
        Map<String, GoldReport> byKey = new LinkedHashMap<>();
        universe.forEach(r -> byKey.putIfAbsent(r.key(), r));
        for (String k : gold.happeningOf().keySet()) {
            if (!byKey.containsKey(k)) {
                problems.add("happenings gold names a report that is no event of the article gold: " + k);
            }
        }
        Map<String, List<GoldReport>> byArticle = new LinkedHashMap<>();
        ant.windowOf().forEach((path, w) -> {
            if (windows.contains(w)) {
                byArticle.put(path, new ArrayList<>());
            }
        });
        for (GoldReport r : byKey.values()) {
            byArticle.computeIfAbsent(r.path(), p -> new ArrayList<>()).add(r);
        }
        List<Event> all = new ArrayList<>();
        Map<String, Event> byId = new HashMap<>();
        Map<String, String> eventOf = new HashMap<>();
        Map<String, Match> how = new HashMap<>();
        int pages = 0;
        for (Map.Entry<String, List<GoldReport>> a : byArticle.entrySet()) {
            Path file = corpora.resolve(ant.corpus()).resolve(a.getKey());
            String text = read(file, ant.sha256().get(a.getKey()), problems);
            if (text == null) {
                continue;
            }
            Page page = CorpusPage.read(file, problems).orElse(null);
            if (page == null) {
                continue;
            }
            pages++;
            List<Event> events = coder.apply(page);
            all.addAll(events);
            List<Located> located = events.stream().map(e -> locate(e, page.text(), text)).toList();
            for (GoldReport g : a.getValue()) {
                match(g, located, eventOf, how);
            }
        }
        all.forEach(e -> byId.putIfAbsent(e.id(), e));
        Map<String, String> clusterOf = new HashMap<>();
        List<EventCluster> clusters = clusterer.apply(all);
        for (EventCluster c : clusters) {
            c.reports().forEach(r -> clusterOf.put(r, c.id()));
        }
        List<String> items = byKey.values().stream().filter(r -> split == null || split.equals(r.split()))
                .map(GoldReport::key).toList();
        Map<String, String> goldLabel = new HashMap<>();
        Map<String, String> systemLabel = new HashMap<>();
        for (String k : items) {
            goldLabel.put(k, gold.label(k));
            String ev = eventOf.get(k);
            String c = ev == null ? null : clusterOf.get(ev);
            systemLabel.put(k, c == null ? "unmatched:" + k : c);
        }
        BCubed.Score score = BCubed.score(items, goldLabel, systemLabel);
        BCubed.Score matchedOnly = BCubed.score(items.stream().filter(k -> !systemLabel.get(k).startsWith("unmatched:"))
                .toList(), goldLabel, systemLabel);
        Map<Match, Integer> matches = new TreeMap<>();
        for (String k : items) {
            matches.merge(how.getOrDefault(k, Match.NONE), 1, Integer::sum);
        }
        List<ClustersReport.Agreement> agreement = new ArrayList<>();
        for (HappeningsGold s : second) {
            Set<String> w = Set.copyOf(s.windows());
            List<String> its = byKey.values().stream().filter(r -> w.contains(r.window()))
                    .filter(r -> split == null || split.equals(r.split())).map(GoldReport::key).toList();
            Map<String, String> other = new HashMap<>();
            its.forEach(k -> other.put(k, s.label(k)));
            agreement.add(new ClustersReport.Agreement(s.coder(), gold.coder(), s.windows(),
                    BCubed.score(its, goldLabel(gold, its), other)));
        }
        return new ClustersReport(gold.coder(), split, pages, all.size(), clusters.size(), score, matchedOnly, matches, agreement,
                shown(gold, show, items, systemLabel, eventOf, byId, clusters, byKey), mixed(items, goldLabel, systemLabel),
                apart(items, goldLabel, systemLabel, eventOf, byId, optional(byKey)), problems);
    }

    /** The keys of the reports the article gold marks optional. */
    private static Set<String> optional(Map<String, GoldReport> byKey) {
        Set<String> out = new java.util.HashSet<>();
        byKey.forEach((k, r) -> {
            if (r.optional()) {
                out.add(k);
            }
        });
        return out;
    }

    private static Map<String, String> goldLabel(HappeningsGold gold, List<String> items) {
        Map<String, String> out = new HashMap<>();
        items.forEach(k -> out.put(k, gold.label(k)));
        return out;
    }

    /** The chosen happenings (default: the five with most reports) and the system clusters of their reports. */
    private static List<ClustersReport.Shown> shown(HappeningsGold gold, List<String> show, List<String> items,
                                                    Map<String, String> systemLabel, Map<String, String> eventOf,
                                                    Map<String, Event> byId, List<EventCluster> clusters,
                                                    Map<String, GoldReport> byKey) {
        List<String> ids = show;
        if (ids.isEmpty()) {
            ids = gold.reportsOf().entrySet().stream()
                    .sorted(Comparator.comparing((Map.Entry<String, List<String>> e) -> -e.getValue().size())
                            .thenComparing(Map.Entry::getKey))
                    .limit(5).map(Map.Entry::getKey).toList();
        }
        Set<String> scored = new LinkedHashSet<>(items);
        List<ClustersReport.Shown> out = new ArrayList<>();
        for (String id : ids) {
            List<String> reports = gold.reportsOf().get(id);
            if (reports == null) {
                throw new IllegalArgumentException("no happening " + id + " in the gold of " + gold.coder());
            }
            Map<String, Integer> into = new LinkedHashMap<>();
            List<String> lines = new ArrayList<>();
            int unmatched = 0;
            int inScope = 0;
            for (String k : reports) {
                if (!scored.contains(k)) {
                    continue;
                }
                inScope++;
                String c = systemLabel.get(k);
                Event e = eventOf.containsKey(k) ? byId.get(eventOf.get(k)) : null;
                lines.add(k + " -> " + (e == null ? "unmatched" + (byKey.get(k).optional() ? " (optional: context)" : "")
                        : c + " " + describe(e)));
                if (c.startsWith("unmatched:")) {
                    unmatched++;
                } else {
                    into.merge(c, 1, Integer::sum);
                }
            }
            List<Event> found = new ArrayList<>();
            for (String k : reports) {
                if (scored.contains(k) && eventOf.containsKey(k)) {
                    found.add(byId.get(eventOf.get(k)));
                }
            }
            StringBuilder unlinked = new StringBuilder("linked pairs (report numbers in the order above):");
            for (int i = 0; i < found.size(); i++) {
                for (int j = i + 1; j < found.size(); j++) {
                    if (org.marsad.core.dedup.ClusterRule.linked(found.get(i), found.get(j))) {
                        unlinked.append(' ').append(i).append('-').append(j);
                    }
                }
            }
            lines.add(unlinked.toString());
            StringBuilder refused = new StringBuilder("pairs the rule refuses, and why:");
            for (int i = 0; i < found.size(); i++) {
                for (int j = i + 1; j < found.size(); j++) {
                    List<String> why = org.marsad.core.dedup.ClusterRule.apart(found.get(i), found.get(j));
                    if (!why.isEmpty() && !why.contains("article")) {
                        refused.append(' ').append(i).append('-').append(j).append(String.join("+", why));
                    }
                }
            }
            lines.add(refused.toString());
            String main = into.entrySet().stream().reduce((x, y) -> y.getValue() > x.getValue() ? y : x)
                    .map(Map.Entry::getKey).orElse(null); // the cluster holding most of its reports, the first on a tie
            EventCluster largest = main == null ? null
                    : clusters.stream().filter(c -> c.id().equals(main)).findFirst().orElse(null);
            for (String k : reports) {
                String c = scored.contains(k) ? systemLabel.get(k) : null;
                if (largest != null && c != null && !c.startsWith("unmatched:") && !c.equals(main)) {
                    lines.add("kept from " + main + ": " + k + " " + keptApart(byId.get(eventOf.get(k)), largest, byId));
                }
            }
            for (EventCluster c : clusters) {
                if (into.containsKey(c.id()) && c.mentions() > 1) {
                    lines.add("cluster " + c.id() + ":");
                    c.reports().forEach(r -> lines.add("    " + describe(byId.get(r)) + " " + byId.get(r).docId()));
                }
            }
            List<Map.Entry<String, Integer>> sorted = new ArrayList<>(into.entrySet());
            sorted.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry::getKey));
            Map<String, Integer> ordered = new LinkedHashMap<>();
            sorted.forEach(e -> ordered.put(e.getKey(), e.getValue()));
            out.add(new ClustersReport.Shown(id, gold.notes().getOrDefault(id, ""), inScope, ordered, unmatched,
                    List.copyOf(lines)));
        }
        return out;
    }

    /**
     * Why a report is not in a cluster: the cluster's reports it is not linked to, each with the keys
     * {@link org.marsad.core.dedup.ClusterRule#apart} refuses the pair on ({@code article}: the cluster already holds
     * a report of its article); when it is linked to every one, the clustering's order or window kept it out (it
     * came before the cluster's reports it joins through, or more than {@value
     * org.marsad.core.dedup.ClusterRule#MAX_DAYS} days after the cluster's first report).
     */
    static String keptApart(Event e, EventCluster cluster, Map<String, Event> byId) {
        List<String> out = new ArrayList<>();
        for (String r : cluster.reports()) {
            Event m = byId.get(r);
            if (m == null || m.id().equals(e.id())) {
                continue;
            }
            List<String> why = org.marsad.core.dedup.ClusterRule.apart(e, m);
            if (!why.isEmpty()) {
                out.add(String.join("+", why) + " with " + describe(m) + " " + m.docId());
            }
        }
        return out.isEmpty() ? "linked to all " + cluster.reports().size() + " reports (order or window)"
                : "not linked to " + out.size() + " of " + cluster.reports().size() + ": " + String.join("; ", out);
    }

    /** The fields clustering reads, for the verbose listing. */
    static String describe(Event e) {
        var l = e.location();
        return e.type() + " " + e.status().json() + " " + e.date().value() + "(" + e.date().precision().json()
                + (e.date().text() == null ? "" : " '" + e.date().text() + "'") + ") "
                + (l == null ? "-" : l.text() + "[" + l.nameAr() + " " + l.lat() + "," + l.lon() + " p" + GeoPrecision.code(l.precision())
                + " " + l.countryCode() + "." + l.admin1() + " " + l.featureCode() + "]") + " " + (e.actor() == null ? "-" : e.actor().code()) + "->"
                + (e.recipient() == null ? "-" : e.recipient().code()) + " dead=" + e.size().dead()
                + (e.mode() == null ? "" : " mode=" + e.mode().json()) + " «" + e.trigger().text() + "»";
    }

    /**
     * The gold pairs (two reports of one happening) that the system left in two clusters, counted by why: each key
     * {@link org.marsad.core.dedup.ClusterRule#apart} refuses the pair on ({@code unmatched}: a report has no system
     * event, and {@code unmatched-optional} besides when such a report is one the article gold marks optional,
     * mostly a happening told as context; {@code linked}: the rule links the two but the clustering placed them apart). A pair refused on two keys
     * counts under both; {@code pairs} is the number of pairs.
     */
    static Map<String, Integer> apart(List<String> items, Map<String, String> goldLabel, Map<String, String> systemLabel,
                                      Map<String, String> eventOf, Map<String, Event> byId, Set<String> optional) {
        Map<String, Integer> out = new TreeMap<>();
        Map<String, List<String>> byHappening = new TreeMap<>();
        items.forEach(k -> byHappening.computeIfAbsent(goldLabel.get(k), x -> new ArrayList<>()).add(k));
        for (List<String> reports : byHappening.values()) {
            for (int i = 0; i < reports.size(); i++) {
                for (int j = i + 1; j < reports.size(); j++) {
                    String x = reports.get(i);
                    String y = reports.get(j);
                    if (systemLabel.get(x).equals(systemLabel.get(y))) {
                        continue;
                    }
                    out.merge("pairs", 1, Integer::sum);
                    Event a = eventOf.containsKey(x) ? byId.get(eventOf.get(x)) : null;
                    Event b = eventOf.containsKey(y) ? byId.get(eventOf.get(y)) : null;
                    if (a == null || b == null) {
                        out.merge("unmatched", 1, Integer::sum);
                        if (a == null && optional.contains(x) || b == null && optional.contains(y)) {
                            out.merge("unmatched-optional", 1, Integer::sum);
                        }
                        continue;
                    }
                    List<String> why = org.marsad.core.dedup.ClusterRule.apart(a, b);
                    if (why.isEmpty()) {
                        out.merge("linked", 1, Integer::sum);
                    }
                    why.forEach(w -> out.merge(w, 1, Integer::sum));
                }
            }
        }
        return out;
    }

    /** System clusters holding reports of two or more gold happenings: cluster id to the happenings' counts. */
    private static Map<String, Map<String, Integer>> mixed(List<String> items, Map<String, String> goldLabel,
                                                           Map<String, String> systemLabel) {
        Map<String, Map<String, Integer>> by = new TreeMap<>();
        for (String k : items) {
            by.computeIfAbsent(systemLabel.get(k), x -> new TreeMap<>()).merge(goldLabel.get(k), 1, Integer::sum);
        }
        by.values().removeIf(m -> m.size() < 2);
        return by;
    }

    static void match(GoldReport g, List<Located> events, Map<String, String> eventOf, Map<String, Match> how) {
        for (Located l : events) {
            if (l.event.type().name().equals(g.type()) && l.overlapsTrigger(g)) {
                eventOf.put(g.key(), l.event.id());
                how.put(g.key(), Match.OVERLAP);
                return;
            }
        }
        for (Match tier : List.of(Match.SENTENCE, Match.OVERLAP, Match.OTHER_TYPE)) {
            for (Located l : events) {
                boolean sameType = l.event.type().name().equals(g.type());
                boolean hit = switch (tier) {
                    case OVERLAP -> sameType && l.overlaps(g);
                    case SENTENCE -> sameType && l.triggers.stream().anyMatch(t -> g.inSentence(t[0]));
                    default -> l.overlaps(g);
                };
                if (hit) {
                    eventOf.put(g.key(), l.event.id());
                    how.put(g.key(), tier);
                    return;
                }
            }
        }
    }

    /** A system event with its trigger and mention spans in file offsets (a sentence may occur more than once). */
    record Located(Event event, List<int[]> triggers, List<int[]> spans) {
        boolean overlaps(GoldReport g) {
            return spans.stream().anyMatch(s -> g.overlaps(s[0], s[1]));
        }

        /** Whether the event's trigger or one of its mentions overlaps the gold trigger itself (not a listed mention). */
        boolean overlapsTrigger(GoldReport g) {
            return spans.stream().anyMatch(s -> s[0] < g.end() && g.start() < s[1]);
        }
    }

    /** Where the event's trigger and mentions stand in the corpus file: each sentence looked up verbatim. */
    static Located locate(Event e, String pageText, String fileText) {
        List<int[]> triggers = spans(e.sentence().start(), e.sentence().end(), e.trigger().start(),
                e.trigger().end(), pageText, fileText);
        List<int[]> all = new ArrayList<>(triggers);
        for (Mention m : e.mentions()) {
            all.addAll(spans(m.sentence().start(), m.sentence().end(), m.trigger().start(), m.trigger().end(),
                    pageText, fileText));
        }
        return new Located(e, triggers, all);
    }

    private static List<int[]> spans(int ss, int se, int ts, int te, String pageText, String fileText) {
        List<int[]> out = new ArrayList<>();
        if (ss < 0 || se > pageText.length() || ss >= se || ts < ss) {
            return out;
        }
        String sentence = pageText.substring(ss, se);
        for (int at = fileText.indexOf(sentence); at >= 0; at = fileText.indexOf(sentence, at + 1)) {
            out.add(new int[] {at + ts - ss, at + te - ss});
        }
        return out;
    }

    private static String read(Path file, String sha, List<String> problems) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            String got = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            if (!got.equals(sha)) {
                problems.add(file + ": SHA-256 " + got + ", the gold was coded on " + sha);
                return null;
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.add(file + ": not readable (is --corpora right?): " + e.getMessage());
            return null;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
