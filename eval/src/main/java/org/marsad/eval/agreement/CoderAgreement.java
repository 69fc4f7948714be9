package org.marsad.eval.agreement;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.marsad.eval.articles.EventPairer;
import org.marsad.eval.articles.GoldEvent;
import org.marsad.eval.articles.GoldFormatException;
import org.marsad.eval.articles.GoldPlace;
import org.marsad.eval.articles.Pairing;
import org.marsad.eval.articles.StandoffGold;
import org.marsad.eval.articles.StandoffSet;
import org.marsad.model.Entity;
import org.marsad.model.DatePrecision;
import org.marsad.model.Event;
import org.marsad.model.EventDate;
import org.marsad.model.EventStatus;
import org.marsad.model.EventType;
import org.marsad.model.Location;
import org.marsad.model.Sector;
import org.marsad.model.Size;
import org.marsad.model.Span;
import org.marsad.model.Trigger;

/**
 * Compares a second coding ({@code gold/ant/second}) with the first coding of the same articles. Events: the
 * first coding is taken as gold and the second's primary values as the system, paired by {@link EventPairer}
 * (type and actor); an optional event of either coder left unpaired counts for neither side. Sentences: for
 * each of the 16 types, whether each sentence reports it (any status but background); Cohen's kappa per type
 * and pooled over all types, and for "reports any event".
 */
public final class CoderAgreement {
    private final Path first;
    private final Path second;
    private final StandoffGold reader;

    public CoderAgreement(Path first, Path second, Path corpora) {
        this.first = first;
        this.second = second;
        this.reader = new StandoffGold(corpora);
    }

    /** The agreement figures, and the problems met (files unreadable, articles coded only once). */
    public record Report(int articles, int tp, int fp, int fn, double precision, double recall, double f1,
                         double pooledKappa, double anyEventKappa, Map<String, Double> kappaByType,
                         Map<String, Long> positivesByType, long sentences, List<String> problems) {
        public String toTable() {
            StringBuilder b = new StringBuilder();
            b.append(String.format(Locale.ROOT, "coder agreement over %d articles coded twice (%d sentences)%n",
                    articles, sentences));
            b.append(String.format(Locale.ROOT, "events (first coding as gold): tp %d fp %d fn %d  precision %.3f  "
                    + "recall %.3f  F1 %.3f%n", tp, fp, fn, precision, recall, f1));
            b.append(String.format(Locale.ROOT, "sentence labels: Cohen's kappa pooled over types %.3f; "
                    + "\"reports any event\" %.3f%n", pooledKappa, anyEventKappa));
            b.append("type        kappa  sentences either coder labelled\n");
            kappaByType.forEach((t, k) -> b.append(String.format(Locale.ROOT, "%-10s %6.3f  %d%n", t, k,
                    positivesByType.get(t))));
            return b.toString();
        }

        public String toJson() {
            StringBuilder types = new StringBuilder();
            kappaByType.forEach((t, k) -> types.append(types.length() == 0 ? "" : ", ").append(String.format(
                    Locale.ROOT, "\"%s\": {\"kappa\": %s, \"positives\": %d}", t, num(k), positivesByType.get(t))));
            return String.format(Locale.ROOT, "{\"articles\": %d, \"sentences\": %d, \"events\": {\"tp\": %d, \"fp\": %d, "
                    + "\"fn\": %d, \"precision\": %s, \"recall\": %s, \"f1\": %s}, \"kappa\": {\"pooled\": %s, "
                    + "\"any_event\": %s, \"by_type\": {%s}}}", articles, sentences, tp, fp, fn, num(precision),
                    num(recall), num(f1), num(pooledKappa), num(anyEventKappa), types);
        }

        private static String num(double d) {
            return Double.isNaN(d) ? "null" : String.format(Locale.ROOT, "%.4f", d);
        }
    }

    public Report run() {
        List<String> problems = new ArrayList<>();
        Map<String, Path> firstByName = new HashMap<>();
        for (Path p : new StandoffSet(first).files(null)) {
            firstByName.put(p.getFileName().toString(), p);
        }
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int articles = 0;
        long sentences = 0;
        Map<String, Kappa> byType = new LinkedHashMap<>();
        for (EventType t : EventType.values()) {
            byType.put(t.name(), new Kappa());
        }
        Kappa pooled = new Kappa();
        Kappa any = new Kappa();
        for (Path s : new StandoffSet(second).files(null)) {
            Path f = firstByName.get(s.getFileName().toString());
            if (f == null) {
                problems.add(s + ": no first coding of this article");
                continue;
            }
            StandoffGold.Entry a;
            StandoffGold.Entry b;
            try {
                a = reader.read(f);
                b = reader.read(s);
            } catch (GoldFormatException e) {
                problems.add(e.getMessage());
                continue;
            }
            articles++;
            List<GoldEvent> gold = a.gold().articles().get(0).events();
            List<GoldEvent> other = b.gold().articles().get(0).events();
            Map<Event, Boolean> optional = new IdentityHashMap<>();
            List<Event> system = new ArrayList<>();
            for (GoldEvent g : other) {
                Event e = asSystem(g);
                optional.put(e, g.optional());
                system.add(e);
            }
            Pairing p = EventPairer.pair(gold, system);
            tp += p.tp();
            fn += p.fn();
            fp += (int) p.unpairedSystem().stream().filter(e -> !optional.get(e)).count();
            Map<String, Set<String>> la = labels(a.standoff());
            Map<String, Set<String>> lb = labels(b.standoff());
            Set<String> spans = new HashSet<>(la.keySet());
            spans.addAll(lb.keySet());
            for (String span : spans) {
                sentences++;
                Set<String> x = la.getOrDefault(span, Set.of());
                Set<String> y = lb.getOrDefault(span, Set.of());
                any.add(!x.isEmpty(), !y.isEmpty());
                for (EventType t : EventType.values()) {
                    boolean u = x.contains(t.name());
                    boolean v = y.contains(t.name());
                    byType.get(t.name()).add(u, v);
                    pooled.add(u, v);
                }
            }
        }
        double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        Map<String, Double> kappas = new LinkedHashMap<>();
        Map<String, Long> positives = new LinkedHashMap<>();
        byType.forEach((t, k) -> {
            if (k.positives() > 0) {
                kappas.put(t, k.kappa());
                positives.put(t, k.positives());
            }
        });
        return new Report(articles, tp, fp, fn, precision, recall, f1, pooled.kappa(), any.kappa(), kappas,
                positives, sentences, problems);
    }

    /** Sentence span → the types it reports (background labels left out). */
    static Map<String, Set<String>> labels(JsonNode standoff) {
        Map<String, Set<String>> out = new HashMap<>();
        for (JsonNode s : standoff.path("sentences")) {
            Set<String> types = new HashSet<>();
            for (JsonNode l : s.path("labels")) {
                String v = l.asText();
                if (!v.endsWith(":background")) {
                    types.add(v.substring(0, v.indexOf(':')));
                }
            }
            out.put(s.path("span").toString(), types);
        }
        return out;
    }

    /** A coded event as the scorer sees a system event: its primary values. */
    static Event asSystem(GoldEvent g) {
        String date = g.date().primary();
        EventDate d = date == null ? EventDate.UNKNOWN
                : new EventDate(date, date.length() == 10 ? DatePrecision.DAY : DatePrecision.MONTH, null, null, null);
        GoldPlace p = g.place().primary();
        Location loc = p == null ? null : new Location(p.name(), 0, 0, p.name(), p.name(), null, p.lat(), p.lon(),
                g.country().primary(), null, null, null);
        EventStatus status = g.status().primary() == null ? EventStatus.OCCURRED : g.status().primary();
        return new Event("second-" + g.index(), "second", 0, g.type().primary(), null, null, null, null, status,
                entity(g.actor().primary()), entity(g.recipient().primary()),
                new Trigger(g.trigger() == null ? "" : g.trigger(), 0, 0), d, loc,
                new Size(g.dead().primary(), null, null, null, false), new Span(0, 0), null, "second coder", 1);
    }

    private static Entity entity(String code) {
        if (code == null) {
            return null;
        }
        String country = code.length() >= 3 ? code.substring(0, 3) : code;
        String sector = code.length() > 3 ? code.substring(3) : null;
        return new Entity(code, 0, 0, code, country, Sector.ofCode(sector), null);
    }
}
