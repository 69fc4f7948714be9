package org.marsad.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.core.event.EventCoder;
import org.marsad.core.quantity.CountFinder;
import org.marsad.core.text.ArabicNormalizer;
import org.marsad.core.text.Sentence;
import org.marsad.core.text.Tokenizer;
import org.marsad.core.time.DateResolver;
import org.marsad.eval.gsr.GsrRows;
import org.marsad.model.EventType;

/**
 * For {@code marsad eval gsr --misses}: why a positive GSR sentence yielded no event of its type, from the rules'
 * side ({@link EventCoder#explain}): its triggers and the reasons the report filter drops each, or no trigger at all.
 */
final class GsrWhy {
    private final Map<String, GsrRows.Row> rows = new HashMap<>();
    private final ArabicNormalizer normalizer = new ArabicNormalizer();
    private final Tokenizer tokenizer = new Tokenizer(normalizer);
    private final EventCoder coder = EventCoder.standard(normalizer);
    private final DateResolver dates = new DateResolver(normalizer);
    private final CountFinder counts = new CountFinder(normalizer);

    GsrWhy(Path dir) {
        for (GsrRows.Row r : GsrRows.read(dir)) {
            rows.put(r.type() + "\t" + r.id(), r);
        }
    }

    /** "why: " and the sentence's triggers with their reasons ("; " between), or "why: no trigger". */
    String of(EventType type, String id) {
        GsrRows.Row r = rows.get(type + "\t" + id);
        if (r == null) {
            return "why: unknown sentence";
        }
        String text = r.text();
        Sentence s = new Sentence(0, text.length(), tokenizer.tokenize(text, 0, text.length()));
        List<String> why = coder.explain(text, s, r.date(), dates.find(text, s, r.date()), counts.find(text, s));
        return "why: " + (why.isEmpty() ? "no trigger" : String.join("; ", why));
    }
}
