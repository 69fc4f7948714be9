package org.marsad.eval.gsr;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.marsad.model.Entity;
import org.marsad.model.Event;
import org.marsad.model.EventType;

/**
 * The result of a GSR run: detection scores and span scores per type, with per-rule counts and the misclassified
 * sentence ids for diagnosis (never the sentences themselves).
 */
public record GsrReport(Map<EventType, BinaryScore> detection, Map<EventType, SpanScore> spans, int sentences,
                        double seconds, Map<String, RuleCount> rules, List<Miss> misses) {

    /** How often a rule's asserted events landed on gold-yes, gold-no and ambiguous sentences. */
    public record RuleCount(int tp, int fp, int ambiguous) {
        RuleCount plus(GsrSentence.Label l) {
            return switch (l) {
                case YES -> new RuleCount(tp + 1, fp, ambiguous);
                case EASY_NO, DIFFICULT_NO -> new RuleCount(tp, fp + 1, ambiguous);
                case AMBIGUOUS -> new RuleCount(tp, fp, ambiguous + 1);
            };
        }
    }

    /** A misclassified sentence: its type, id, gold label and the rules that fired (empty for a miss). */
    public record Miss(EventType type, String id, String label, List<String> rules) {
    }

    /** The spec's JSON object (spec/evaluation.md section 1) plus rule counts when {@code verbose}. */
    public String toJson(boolean verbose) {
        Map<String, Object> m = new LinkedHashMap<>();
        Map<String, Object> sp = new LinkedHashMap<>();
        for (EventType t : GsrEvaluator.TYPES) {
            m.put(t.name(), detection.getOrDefault(t, BinaryScore.EMPTY).toMap());
            sp.put(t.name(), spans.getOrDefault(t, SpanScore.EMPTY).toMap());
        }
        m.put("spans", sp);
        m.put("sentences", sentences);
        m.put("seconds", Math.round(seconds * 100) / 100.0);
        if (verbose) {
            Map<String, Object> r = new LinkedHashMap<>();
            rules.forEach((k, v) -> r.put(k, Map.of("tp", v.tp(), "fp", v.fp(), "ambiguous", v.ambiguous())));
            m.put("rules", r);
        }
        try {
            ObjectMapper om = new ObjectMapper();
            if (verbose) {
                om.enable(SerializationFeature.INDENT_OUTPUT);
            }
            return om.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write report", e);
        }
    }

    /** A human-readable table. */
    public String toTable(boolean verbose) {
        StringBuilder b = new StringBuilder();
        b.append(String.format("%-8s %5s %5s %5s %5s %6s %6s %6s %8s%n", "type", "tp", "fp", "fn", "tn", "prec", "rec", "f1", "hard-neg"));
        for (EventType t : GsrEvaluator.TYPES) {
            BinaryScore s = detection.getOrDefault(t, BinaryScore.EMPTY);
            b.append(String.format("%-8s %5d %5d %5d %5d %6.3f %6.3f %6.3f %8.3f%n", t, s.tp(), s.fp(), s.fn(), s.tn(),
                    s.precision(), s.recall(), s.f1(), s.hardNegativeAccuracy()));
        }
        b.append(String.format("%nspans    %5s %8s %8s %8s %8s %8s %8s%n", "n", "a.ctry", "a.sect", "r.ctry", "r.sect", "a.text", "r.text"));
        for (EventType t : GsrEvaluator.TYPES) {
            Map<String, Object> s = spans.getOrDefault(t, SpanScore.EMPTY).toMap();
            b.append(String.format("%-8s %5d %8.3f %8.3f %8.3f %8.3f %8.3f %8.3f%n", t, (Integer) s.get("n"),
                    s.get("actor_country_accuracy"), s.get("actor_sector_accuracy"), s.get("recipient_country_accuracy"),
                    s.get("recipient_sector_accuracy"), s.get("actor_text_f1"), s.get("recipient_text_f1")));
        }
        b.append(String.format("%n%d sentences in %.1f s%n", sentences, seconds));
        if (verbose) {
            b.append(String.format("%nrule%40s %5s %5s %5s%n", "", "tp", "fp", "amb"));
            rules.forEach((k, v) -> b.append(String.format("%-44s %5d %5d %5d%n", k, v.tp(), v.fp(), v.ambiguous())));
        }
        return b.toString();
    }

    /** Accumulates a report sentence by sentence. */
    static final class Builder {
        private final Map<EventType, BinaryScore> detection = new EnumMap<>(EventType.class);
        private final Map<EventType, SpanScore> spans = new EnumMap<>(EventType.class);
        private final Map<String, RuleCount> rules = new TreeMap<>();
        private final List<Miss> misses = new ArrayList<>();
        private int sentences;

        /** A labelled sentence and the asserted events of the file's type the system found in it. */
        void sentence(EventType type, GsrSentence s, List<Event> asserted) {
            sentences++;
            boolean predicted = !asserted.isEmpty();
            detection.merge(type, BinaryScore.EMPTY.add(s.label(), predicted), (a, x) -> a.add(s.label(), predicted));
            List<String> fired = asserted.stream().map(e -> String.valueOf(e.rule())).distinct().toList();
            fired.forEach(r -> rules.merge(r, new RuleCount(0, 0, 0).plus(s.label()), (a, x) -> a.plus(s.label())));
            boolean wrong = s.label() != GsrSentence.Label.AMBIGUOUS && predicted != (s.label() == GsrSentence.Label.YES);
            if (wrong) {
                misses.add(new Miss(type, s.id(), s.label().name(), fired));
            }
        }

        /** One gold span record against the system's first event of the type (null: every field wrong). */
        void span(EventType type, GoldSpan g, Event first) {
            SpanScore s = spans.getOrDefault(type, SpanScore.EMPTY);
            if (first == null) {
                spans.put(type, s.add(false, false, false, false, 0, 0));
                return;
            }
            Entity a = first.actor();
            Entity r = first.recipient();
            spans.put(type, s.add(g.actorCountry().equals(country(a)), g.actorSector().equals(sector(a)),
                    g.recipientCountry().equals(country(r)), g.recipientSector().equals(sector(r)),
                    TokenOverlap.f1(a == null ? null : a.text(), g.actorTokens()),
                    TokenOverlap.f1(r == null ? null : r.text(), g.recipientTokens())));
        }

        /** The GSR codes the country a sentence states: one Marsad inferred from the place counts as none. */
        private static String country(Entity e) {
            return e == null || e.statedCountry() == null ? GoldSpan.NONE : e.statedCountry();
        }

        private static String sector(Entity e) {
            return e == null || e.sector() == null ? GoldSpan.NONE : e.sector().json();
        }

        GsrReport build(double seconds) {
            return new GsrReport(Map.copyOf(detection), Map.copyOf(spans), sentences, seconds, java.util.Collections.unmodifiableMap(new TreeMap<>(rules)), List.copyOf(misses));
        }
    }
}
