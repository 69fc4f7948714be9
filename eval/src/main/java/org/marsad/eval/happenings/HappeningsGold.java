package org.marsad.eval.happenings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One coder's happenings gold ({@code marsad.happenings-standoff/1}, docs/annotation.md): the happenings with two or
 * more reports, each report named by corpus path and trigger offsets, over some date windows. A report of those
 * windows that no happening lists is a happening of its own.
 */
public record HappeningsGold(String coder, List<String> windows, Map<String, String> happeningOf,
                             Map<String, List<String>> reportsOf, Map<String, String> kinds, Map<String, String> notes) {
    public static final String SCHEMA = "marsad.happenings-standoff/1";
    private static final ObjectMapper JSON = new ObjectMapper();

    public static HappeningsGold read(Path file) {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read: " + e.getMessage(), e);
        }
        if (root == null || !SCHEMA.equals(root.path("schema").asText())) {
            throw new IllegalArgumentException(file + ": not " + SCHEMA);
        }
        List<String> windows = new ArrayList<>();
        root.path("windows").forEach(w -> windows.add(w.asText()));
        Map<String, String> of = new LinkedHashMap<>();
        Map<String, List<String>> reports = new LinkedHashMap<>();
        Map<String, String> kinds = new LinkedHashMap<>();
        Map<String, String> notes = new LinkedHashMap<>();
        for (JsonNode h : root.path("happenings")) {
            String id = h.path("id").asText("");
            if (id.isEmpty() || reports.containsKey(id)) {
                throw new IllegalArgumentException(file + ": a happening without an id, or a repeated id: " + id);
            }
            List<String> keys = new ArrayList<>();
            for (JsonNode r : h.path("reports")) {
                JsonNode t = r.path("trigger");
                String key = null;
                for (int n = 0; key == null || of.containsKey(key); n++) {
                    key = GoldReport.key(r.path("path").asText(), t.path(0).asInt(), t.path(1).asInt(), n);
                    if (n > 0 && keys.contains(key)) {
                        throw new IllegalArgumentException(file + ": happening " + id + " lists " + key + " twice");
                    }
                }
                of.put(key, id);
                keys.add(key);
            }
            reports.put(id, List.copyOf(keys));
            kinds.put(id, h.path("kind").asText(""));
            notes.put(id, h.path("note").asText(""));
        }
        return new HappeningsGold(root.path("coder").asText(""), List.copyOf(windows), of, reports, kinds, notes);
    }

    /** The happening of a report: the one listing it, else a happening of its own named by the report. */
    public String label(String reportKey) {
        String h = happeningOf.get(reportKey);
        return h != null ? h : "single:" + reportKey;
    }
}
