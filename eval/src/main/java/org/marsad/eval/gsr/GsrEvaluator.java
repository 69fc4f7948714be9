package org.marsad.eval.gsr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.marsad.core.pipeline.Pipeline;
import org.marsad.core.segment.Article;
import org.marsad.core.segment.Block;
import org.marsad.core.segment.BlockKind;
import org.marsad.core.segment.Page;
import org.marsad.core.segment.PageFormat;
import org.marsad.core.segment.PageMeta;
import org.marsad.model.Event;
import org.marsad.model.EventType;
import org.marsad.model.Span;

/**
 * Scores the pipeline on the arabic_event_gsr layout (spec/evaluation.md section 1): each sentence coded alone,
 * dated by its id; positive when an asserted event of the file's type comes out.
 */
public final class GsrEvaluator {
    /** The evaluated types and their files, in report order. */
    static final Map<EventType, String> FILES = Map.of(EventType.ASSAULT, "assault", EventType.PROTEST, "protest");
    static final List<EventType> TYPES = List.of(EventType.ASSAULT, EventType.PROTEST);

    /** Codes one sentence given its GSR id (which carries its date). */
    @FunctionalInterface
    public interface SentenceCoder {
        List<Event> code(String id, String text);
    }

    private final SentenceCoder coder;
    private final ObjectMapper json = new ObjectMapper();

    public GsrEvaluator(SentenceCoder coder) {
        this.coder = coder;
    }

    /** The coder that runs {@code pipeline} over a sentence as a one-block article of a one-sentence page. */
    public static SentenceCoder of(Pipeline pipeline) {
        return (id, text) -> {
            var date = GsrSentence.dateOf(id);
            Page page = Page.of(id, PageFormat.JSONL, text, new PageMeta(null, null, date, null));
            Article article = new Article(0, null, null, List.of(new Block(BlockKind.BODY, new Span(0, text.length()))), false);
            return pipeline.events(page, article, date);
        };
    }

    /** Reads {@code assault_gsr.csv}, {@code protest_gsr.csv} and the two {@code *_spans.json} from {@code dir}. */
    public GsrReport evaluate(Path dir) {
        long t0 = System.nanoTime();
        Map<EventType, String> csv = new EnumMap<>(EventType.class);
        Map<EventType, String> spans = new EnumMap<>(EventType.class);
        for (EventType t : TYPES) {
            csv.put(t, read(dir.resolve(FILES.get(t) + "_gsr.csv")));
            spans.put(t, read(dir.resolve(FILES.get(t) + "_spans.json")));
        }
        return evaluate(csv, spans, t0);
    }

    GsrReport evaluate(Map<EventType, String> csv, Map<EventType, String> spans, long startNanos) {
        GsrReport.Builder report = new GsrReport.Builder();
        for (EventType t : TYPES) {
            scoreSentences(t, csv.getOrDefault(t, ""), report);
            scoreSpans(t, spans.getOrDefault(t, "[]"), report);
        }
        return report.build((System.nanoTime() - startNanos) / 1e9);
    }

    private void scoreSentences(EventType type, String csvText, GsrReport.Builder report) {
        for (Map<String, String> row : CsvReader.readWithHeader(csvText)) {
            GsrSentence.Label label = GsrSentence.Label.parse(row.getOrDefault("label", ""));
            if (label == null) {
                continue;
            }
            GsrSentence s = new GsrSentence(row.getOrDefault("id", ""), label, row.getOrDefault("text", ""));
            List<Event> events = coder.code(s.id(), s.text());
            report.sentence(type, s, events.stream().filter(e -> e.type() == type && e.status().asserted()).toList());
        }
    }

    private void scoreSpans(EventType type, String spansJson, GsrReport.Builder report) {
        JsonNode root;
        try {
            root = json.readTree(spansJson);
        } catch (IOException e) {
            throw new IllegalArgumentException("bad spans JSON for " + type + ": " + e.getMessage(), e);
        }
        for (JsonNode rec : root) {
            List<Event> events = coder.code(rec.path("source").asText(""), rec.path("text").asText(""));
            Event first = events.stream().filter(e -> e.type() == type).findFirst().orElse(null);
            List<GoldSpan> golds = new ArrayList<>();
            rec.path("spans").forEach(s -> golds.add(GoldSpan.of(s)));
            for (GoldSpan g : golds) {
                report.span(type, g, first);
            }
        }
    }

    private static String read(Path p) {
        if (!Files.isRegularFile(p)) {
            throw new IllegalArgumentException("missing GSR file " + p + " (expected the arabic_event_gsr layout)");
        }
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + p, e);
        }
    }

}
