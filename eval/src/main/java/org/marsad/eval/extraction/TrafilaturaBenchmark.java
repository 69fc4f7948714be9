package org.marsad.eval.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The trafilatura benchmark (adbar/trafilatura {@code tests/eval_common.py}): for every page in
 * {@code evaldata.json}, each whitespace-normalised {@code with} segment found as a substring of the
 * whitespace-normalised extracted text is a true positive, missing a false negative; each {@code without}
 * segment found is a false positive, missing a true negative. Counts are summed over the corpus.
 * Pages are read from {@code html/FILE} or {@code html/FILE.gz}. The report lists every missed {@code with}
 * and every leaked {@code without} segment ({@code FILE<TAB>missed|leaked<TAB>segment}).
 */
public final class TrafilaturaBenchmark {
    private final Extractor extractor;

    public TrafilaturaBenchmark(Extractor extractor) {
        if (extractor == null) {
            throw new IllegalArgumentException("the benchmark needs an extractor");
        }
        this.extractor = extractor;
    }

    /** Scores every page of the folder; throws IllegalArgumentException when there is no evaldata.json. */
    public ExtractionReport run(Path dir) {
        Path gold = dir.resolve("evaldata.json");
        if (!Files.isRegularFile(gold)) {
            throw new IllegalArgumentException("no evaldata.json in " + dir);
        }
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(gold.toFile());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + gold + ": " + e.getMessage(), e);
        }
        long[] c = new long[4]; // tp, fn, fp, tn
        int pages = 0;
        List<String> errors = new ArrayList<>();
        List<String> misses = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            String file = e.getValue().path("file").asText("");
            byte[] html = read(dir.resolve("html"), file, errors);
            if (html == null) {
                continue;
            }
            String text = normalise(extractor.extract(html, e.getKey()));
            count(e.getValue().path("with"), text, c, 0, misses, file + "\tmissed\t");
            count(e.getValue().path("without"), text, c, 2, misses, file + "\tleaked\t");
            pages++;
        }
        long all = c[0] + c[1] + c[2] + c[3];
        double p = ratio(c[0], c[0] + c[2]);
        double r = ratio(c[0], c[0] + c[1]);
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new ExtractionReport("trafilatura", pages, p, r, f1, ratio(c[0] + c[3], all), errors, misses);
    }

    /** Adds a found segment at {@code c[base]}, a missing one at {@code c[base + 1]}. */
    private static void count(JsonNode segments, String text, long[] c, int base, List<String> misses,
            String label) {
        for (JsonNode s : segments) {
            String seg = normalise(s.asText(""));
            boolean found = text.contains(seg);
            c[found ? base : base + 1]++;
            if (found == (base == 2)) {
                misses.add(label + seg);
            }
        }
    }

    static String normalise(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ");
    }

    private static double ratio(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    private static byte[] read(Path htmlDir, String file, List<String> errors) {
        if (file.isEmpty()) {
            errors.add("(entry without a file name)");
            return null;
        }
        Path gz = htmlDir.resolve(file + ".gz");
        Path plain = htmlDir.resolve(file);
        try {
            if (Files.isRegularFile(gz)) {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
                    return in.readAllBytes();
                }
            }
            if (Files.isRegularFile(plain)) {
                return Files.readAllBytes(plain);
            }
            errors.add(file + ": no such page");
        } catch (IOException e) {
            errors.add(file + ": " + e.getMessage());
        }
        return null;
    }
}
