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
        }
        return out;
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
