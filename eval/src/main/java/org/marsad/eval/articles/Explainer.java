package org.marsad.eval.articles;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.marsad.model.Event;

/** Says, for each gold event of an article, what it matched or why it found no system event. */
final class Explainer {
    private Explainer() {
    }

    /** Lines for each gold event, then for each false-positive system event with its sentence. */
    static List<String> lines(ArticleScore a, String pageText) {
        List<String> out = new ArrayList<>();
        for (GoldEvent g : a.gold().events()) {
            Judgement pair = a.pairing().pairs().stream().filter(j -> j.gold() == g).findFirst().orElse(null);
            if (pair != null) {
                out.add((g.optional() ? "[opt+] " : "[TP]   ") + Describe.gold(g));
                out.add("         = " + Describe.system(pair.system()) + (pair.swapped() ? " (sides swapped)" : ""));
                out.add("         " + Describe.fields(pair));
            } else {
                out.add((g.optional() ? "[opt-] " : "[FN]   ") + Describe.gold(g));
                out.add("         " + whyNot(g, a));
            }
        }
        for (Event e : a.pairing().unpairedSystem()) {
            out.add("[FP]   " + Describe.system(e));
            out.add("         in: " + Describe.sentence(e, pageText));
            out.add("         " + whyFalse(e, a, pageText));
        }
        return out;
    }

    /**
     * What a false positive is near, for counting error classes: a gold event whose trigger its sentence holds (a
     * repeat of a happening already matched, the right happening with the wrong actor, or the wrong type), a
     * matched gold event of its type and actor elsewhere in the article (a repeat the article merge left), or none.
     */
    static String whyFalse(Event e, ArticleScore a, String pageText) {
        String sentence = e.sentence().end() <= pageText.length() ? FieldRules.key(e.sentence().of(pageText)) : "";
        List<GoldEvent> near = a.gold().events().stream()
                .filter(g -> g.trigger() != null && !FieldRules.key(g.trigger()).isEmpty()
                        && sentence.contains(FieldRules.key(g.trigger())))
                .toList();
        for (GoldEvent g : near) {
            if (Judgement.of(g, e).matches()) {
                Judgement taken = pairOf(g, a);
                return "why: repeat of g" + g.index() + " in its sentence"
                        + (taken == null ? "" : ", matched by \"" + taken.system().trigger().text() + "\"@"
                        + taken.system().trigger().start());
            }
        }
        for (GoldEvent g : near) {
            if (FieldRules.type(e.type(), g.type())) {
                return "why: wrong actor for g" + g.index() + " in its sentence (gold " + g.actor() + ")";
            }
        }
        if (!near.isEmpty()) {
            return "why: wrong type: its sentence holds " + near.stream()
                    .map(g -> "g" + g.index() + " " + g.type().primary()).toList();
        }
        for (Judgement j : a.pairing().pairs()) {
            if (Judgement.of(j.gold(), e).matches()) {
                return "why: repeat of g" + j.gold().index() + " (matched elsewhere in the article)";
            }
        }
        return "why: no gold event in its sentence";
    }

    private static Judgement pairOf(GoldEvent g, ArticleScore a) {
        return a.pairing().pairs().stream().filter(j -> j.gold() == g).findFirst().orElse(null);
    }

    /** Why a gold event stayed unpaired. */
    static String whyNot(GoldEvent g, ArticleScore a) {
        Alignment al = a.alignment();
        if (!al.aligned()) {
            return al.nearest() == null ? "the system found no article on this page"
                    : String.format(Locale.ROOT, "article not aligned: nearest system headline is #%d, similarity %.2f < %.2f",
                    al.nearest().index(), al.similarity(), HeadlineAligner.THRESHOLD);
        }
        List<Event> sameType = a.system().stream().filter(e -> FieldRules.type(e.type(), g.type())).toList();
        if (sameType.isEmpty()) {
            return "no system event of type " + g.type() + " here; system types: " + typeCounts(a.system());
        }
        List<Event> matching = sameType.stream().filter(e -> Judgement.of(g, e).matches()).toList();
        if (matching.isEmpty()) {
            return sameType.size() + " system " + g.type().primary() + " event(s), none with actor " + g.actor()
                    + (g.symmetric() ? " or " + g.recipient() : "") + "; their actors: "
                    + sameType.stream().map(e -> Describe.code(e.actor())).toList();
        }
        List<String> taken = new ArrayList<>();
        for (Event e : matching) {
            a.pairing().pairs().stream().filter(j -> j.system() == e).findFirst()
                    .ifPresent(j -> taken.add("\"" + e.trigger().text() + "\"@" + e.trigger().start() + " -> g"
                            + j.gold().index()));
        }
        return "its matching system events went to gold events that agreed better: " + taken;
    }

    private static String typeCounts(List<Event> events) {
        if (events.isEmpty()) {
            return "none (the system coded no event in this article)";
        }
        Map<String, Integer> counts = new TreeMap<>();
        events.forEach(e -> counts.merge(e.type().name(), 1, Integer::sum));
        return counts.toString();
    }
}
