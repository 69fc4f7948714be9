package org.marsad.eval.gsr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.marsad.model.EventType;

/** The labelled sentences of a GSR folder, for training and cross-validation (ambiguous rows left out). */
public final class GsrRows {
    private GsrRows() {
    }

    /** One sentence: its id, the Gigaword document it comes from, its file's type, gold label and text. */
    public record Row(String id, String document, EventType type, boolean positive, String text) {
        /** The publication date carried by the id, or null. */
        public LocalDate date() {
            return GsrSentence.dateOf(id);
        }
    }

    public static List<Row> read(Path dir) {
        List<Row> out = new ArrayList<>();
        for (EventType t : GsrEvaluator.TYPES) {
            Path p = dir.resolve(GsrEvaluator.FILES.get(t) + "_gsr.csv");
            String csv;
            try {
                csv = Files.readString(p, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + p, e);
            }
            for (Map<String, String> r : CsvReader.readWithHeader(csv)) {
                GsrSentence.Label label = GsrSentence.Label.parse(r.getOrDefault("label", ""));
                if (label == null || label == GsrSentence.Label.AMBIGUOUS) {
                    continue;
                }
                String id = r.getOrDefault("id", "");
                out.add(new Row(id, documentOf(id), t, label == GsrSentence.Label.YES, r.getOrDefault("text", "")));
            }
        }
        return out;
    }

    /** {@code AAW_ARB_20071026.0026-2} → {@code AAW_ARB_20071026.0026}: folds split by document. */
    public static String documentOf(String id) {
        int dash = id.lastIndexOf('-');
        return dash > 0 ? id.substring(0, dash) : id;
    }
}
