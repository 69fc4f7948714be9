package org.marsad.eval.articles;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import org.marsad.eval.Prf;
import org.marsad.model.EventType;

/**
 * The report as the one JSON object of {@code spec/evaluation.md} section 2: {@code events}, {@code fields},
 * {@code pages}, {@code articles}, and these extra keys: {@code fields.country}, {@code matched_pairs} (the denominator of the field
 * accuracies), {@code optional_matched}, {@code aligned_articles}, {@code teaser_events},
 * {@code unaligned_events}, {@code by_type} (events per PLOVER type), {@code errors} and {@code seconds}. Scores are rounded to four decimals.
 */
public final class ReportJson {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private ReportJson() {
    }

    public static String toJson(ArticlesReport r) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.writeStartObject();
            prf(g, "events", r.events());
            fields(g, r.fields());
            g.writeNumberField("pages", r.pages().size());
            g.writeNumberField("articles", r.articles());
            g.writeNumberField("aligned_articles", r.aligned());
            g.writeNumberField("matched_pairs", r.fields().pairs());
            g.writeNumberField("optional_matched", r.optionalMatched());
            g.writeNumberField("teaser_events", r.teaserEvents());
            g.writeNumberField("unaligned_events", r.unalignedEvents());
            byType(g, r.byType());
            g.writeArrayFieldStart("errors");
            for (String e : r.errors()) {
                g.writeString(e);
            }
            g.writeEndArray();
            g.writeNumberField("seconds", round(r.seconds()));
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void byType(JsonGenerator g, Map<EventType, Prf> counts) throws IOException {
        g.writeObjectFieldStart("by_type");
        for (Map.Entry<EventType, Prf> e : counts.entrySet()) {
            prf(g, e.getKey().name(), e.getValue());
        }
        g.writeEndObject();
    }

    private static void prf(JsonGenerator g, String name, Prf p) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeNumberField("tp", p.tp());
        g.writeNumberField("fp", p.fp());
        g.writeNumberField("fn", p.fn());
        g.writeNumberField("precision", round(p.precision()));
        g.writeNumberField("recall", round(p.recall()));
        g.writeNumberField("f1", round(p.f1()));
        g.writeEndObject();
    }

    private static void fields(JsonGenerator g, FieldScores f) throws IOException {
        g.writeObjectFieldStart("fields");
        g.writeNumberField("recipient", round(f.recipientAccuracy()));
        g.writeNumberField("date", round(f.dateAccuracy()));
        g.writeNumberField("place", round(f.placeAccuracy()));
        g.writeNumberField("dead", round(f.deadAccuracy()));
        g.writeNumberField("status", round(f.statusAccuracy()));
        g.writeNumberField("country", round(f.countryAccuracy()));
        g.writeEndObject();
    }

    static double round(double x) {
        return Math.round(x * 10000) / 10000.0;
    }
}
