package org.marsad.eval.happenings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.eval.articles.StandoffGold;
import org.marsad.eval.articles.StandoffSet;

/**
 * The reports the happenings gold groups: every event of the first coding of the article gold (gold/ant, the
 * second coder's folder left out), with its article's split and date window from the manifest.
 * {@code sha256} maps each article's corpus path to the SHA-256 it was coded on, {@code windowOf} to its window
 * (every article, with or without events).
 */
public record ArticleGold(String corpus, List<GoldReport> reports, Map<String, String> sha256,
                          Map<String, String> windowOf) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public static ArticleGold read(Path dir, List<String> problems) {
        StandoffSet set = new StandoffSet(dir);
        Map<String, String> windows = windows(dir);
        List<GoldReport> out = new ArrayList<>();
        Map<String, String> sha = new LinkedHashMap<>();
        Map<String, String> windowOf = new LinkedHashMap<>();
        String corpus = null;
        for (Path f : set.files(null)) {
            JsonNode root;
            try {
                root = JSON.readTree(Files.readString(f, StandardCharsets.UTF_8));
            } catch (IOException e) {
                problems.add(f + ": cannot read: " + e.getMessage());
                continue;
            }
            String path = root.path("path").asText("");
            if (path.isEmpty() || path.contains("..")) {
                problems.add(f + ": no corpus path, or one leaving the corpus folder");
                continue;
            }
            corpus = corpus == null ? root.path("corpus").asText() : corpus;
            sha.put(path, root.path("sha256").asText());
            String window = windows.get(Path.of(path).getFileName().toString());
            windowOf.put(path, window == null ? "" : window);
            List<int[]> sentences = new ArrayList<>();
            for (JsonNode s : root.path("sentences")) {
                sentences.add(new int[] {s.path("span").path(0).asInt(), s.path("span").path(1).asInt()});
            }
            Map<String, Integer> seen = new HashMap<>();
            for (JsonNode e : root.path("events")) {
                int start = e.path("trigger").path(0).asInt();
                int end = e.path("trigger").path(1).asInt();
                int occurrence = seen.merge(start + "-" + end, 1, Integer::sum) - 1;
                List<int[]> mentions = new ArrayList<>();
                for (JsonNode m : e.path("mentions")) {
                    mentions.add(new int[] {m.path(0).asInt(), m.path(1).asInt()});
                }
                int[] sentence = null;
                for (int[] s : sentences) {
                    if (s[0] <= start && start < s[1]) {
                        sentence = s;
                    }
                }
                out.add(new GoldReport(path, start, end, occurrence, e.path("type").asText(), mentions, sentence,
                        set.splitOf(f), window, e.path("optional").asBoolean(false)));
            }
        }
        return new ArticleGold(corpus == null ? StandoffGold.SCHEMA : corpus, List.copyOf(out), sha, windowOf);
    }

    /** The manifest's window column (file name to window), from the folder or its parents. */
    private static Map<String, String> windows(Path dir) {
        Map<String, String> out = new HashMap<>();
        for (Path d = dir.toAbsolutePath(); d != null; d = d.getParent()) {
            Path m = d.resolve("manifest.tsv");
            if (Files.isRegularFile(m)) {
                try {
                    for (String line : Files.readAllLines(m, StandardCharsets.UTF_8)) {
                        String[] f = line.split("\t");
                        if (!line.startsWith("#") && f.length >= 6) {
                            out.put(Path.of(f[0]).getFileName().toString(), f[3]);
                        }
                    }
                } catch (IOException e) {
                    throw new IllegalArgumentException("cannot read " + m + ": " + e.getMessage(), e);
                }
                return out;
            }
        }
        return out;
    }
}
