package org.marsad.eval.ner;

import java.util.Locale;
import java.util.Map;
import org.marsad.eval.Prf;
import org.marsad.eval.Table;

/** Token-level scores per type, with the corpus size and the time taken. */
public record NerReport(Map<String, Prf> scores, int tokens, int sentences, double seconds) {
    public NerReport {
        scores = Map.copyOf(scores);
    }

    /** {"PERS": {"precision", "recall", "f1", "tp", "fp", "fn"}, "LOC": ..., "ORG": ..., "tokens", "seconds"}. */
    public String toJson() {
        StringBuilder sb = new StringBuilder("{");
        for (String t : NerEvaluator.TYPES) {
            Prf p = scores.get(t);
            sb.append(String.format(Locale.ROOT,
                    "\"%s\": {\"precision\": %.4f, \"recall\": %.4f, \"f1\": %.4f, \"tp\": %d, \"fp\": %d, \"fn\": %d}, ",
                    t, p.precision(), p.recall(), p.f1(), p.tp(), p.fp(), p.fn()));
        }
        sb.append(String.format(Locale.ROOT, "\"tokens\": %d, \"sentences\": %d, \"seconds\": %.2f}",
                tokens, sentences, seconds));
        return sb.toString();
    }

    public String toTable() {
        Table table = new Table("type", "precision", "recall", "F1", "tp", "fp", "fn");
        for (String t : NerEvaluator.TYPES) {
            Prf p = scores.get(t);
            table.row(t, fmt(p.precision()), fmt(p.recall()), fmt(p.f1()), p.tp(), p.fp(), p.fn());
        }
        return table.render() + String.format(Locale.ROOT, "%d tokens, %d sentences, %.2f s (token-level, B/I ignored)%n",
                tokens, sentences, seconds);
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%.3f", d);
    }
}
