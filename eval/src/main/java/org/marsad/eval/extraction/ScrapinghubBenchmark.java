package org.marsad.eval.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * The scrapinghub article-extraction benchmark ({@code evaluate.py}): folder {@code html/ID.html.gz} and
 * {@code ground-truth.json} ({@code {ID: {articleBody, url}}}). Tokens are word runs as Python's {@code \w+}
 * finds them (letters, numbers, underscore; not combining marks); each text becomes a multiset of 4-token
 * shingles (one shingle of all tokens when shorter); per page tp, fp, fn are normalised to sum 1; precision
 * and recall ({@code 1, 1} when nothing is wrong, {@code 0, 0} when nothing is right) are means over pages;
 * F1 = 2PR/(P+R); accuracy is the share of pages whose token lists are equal.
 */
public final class ScrapinghubBenchmark {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{Nd}\\p{Nl}\\p{No}_]+");
    private static final int N = 4;
    private final Extractor extractor;

    public ScrapinghubBenchmark(Extractor extractor) {
        if (extractor == null) {
            throw new IllegalArgumentException("the benchmark needs an extractor");
        }
        this.extractor = extractor;
    }

    public ExtractionReport run(Path dir) {
        Path gold = dir.resolve("ground-truth.json");
        if (!Files.isRegularFile(gold)) {
            throw new IllegalArgumentException("no ground-truth.json in " + dir);
        }
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(gold.toFile());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + gold + ": " + e.getMessage(), e);
        }
        double p = 0;
        double r = 0;
        int equal = 0;
        int pages = 0;
        List<String> errors = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            byte[] html = read(dir.resolve("html").resolve(e.getKey() + ".html.gz"), errors);
            if (html == null) {
                continue;
            }
            List<String> truth = tokens(e.getValue().path("articleBody").asText(""));
            List<String> pred = tokens(extractor.extract(html, e.getValue().path("url").asText(null)));
            double[] pr = precisionRecall(truth, pred);
            p += pr[0];
            r += pr[1];
            equal += truth.equals(pred) ? 1 : 0;
            pages++;
        }
        double mp = pages == 0 ? 0 : p / pages;
        double mr = pages == 0 ? 0 : r / pages;
        double f1 = mp + mr == 0 ? 0 : 2 * mp * mr / (mp + mr);
        return new ExtractionReport("scrapinghub", pages, mp, mr, f1, pages == 0 ? 0 : (double) equal / pages,
                errors, List.of());
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text == null ? "" : text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** Page precision and recall from shingle multisets, as {@code evaluate.py} computes them. */
    static double[] precisionRecall(List<String> truth, List<String> pred) {
        Map<List<String>, Integer> t = shingles(truth);
        Map<List<String>, Integer> q = shingles(pred);
        Set<List<String>> keys = new HashSet<>(t.keySet());
        keys.addAll(q.keySet());
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (List<String> k : keys) {
            int tc = t.getOrDefault(k, 0);
            int pc = q.getOrDefault(k, 0);
            tp += Math.min(tc, pc);
            fp += Math.max(0, pc - tc);
            fn += Math.max(0, tc - pc);
        }
        if (fp == 0 && fn == 0) {
            return new double[] {1, 1};
        }
        if (tp == 0) {
            return new double[] {0, 0};
        }
        return new double[] {tp / (tp + fp), tp / (tp + fn)};
    }

    private static Map<List<String>, Integer> shingles(List<String> tokens) {
        Map<List<String>, Integer> out = new HashMap<>();
        for (int i = 0; i < Math.max(1, tokens.size() - N + 1); i++) {
            out.merge(List.copyOf(tokens.subList(i, Math.min(tokens.size(), i + N))), 1, Integer::sum);
        }
        return out;
    }

    private static byte[] read(Path gz, List<String> errors) {
        if (!Files.isRegularFile(gz)) {
            errors.add(gz.getFileName() + ": no such page");
            return null;
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            return in.readAllBytes();
        } catch (IOException e) {
            errors.add(gz.getFileName() + ": " + e.getMessage());
            return null;
        }
    }
}
