package org.marsad.eval.ner;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.marsad.core.text.ArabicNormalizer;
import org.marsad.eval.Prf;

/**
 * Token-level scoring of a tagger on a CoNLL corpus. For each type T (PERS, LOC, ORG) and each word: gold T and
 * system T is a true positive, system T and gold not T a false positive, gold T and system not T a false
 * negative. B/I is ignored (a word is of a type or not), so a name found with a wrong boundary loses only the
 * words outside it.
 */
public final class NerEvaluator {
    public static final List<String> TYPES = List.of("PERS", "LOC", "ORG");

    /**
     * Sentences taken together as one document: the corpora have few document marks, so a window of this many
     * sentences stands for a news article (a name learnt in it applies within it).
     */
    public static final int WINDOW = 20;

    private final Function<List<List<String>>, List<List<String>>> tagger;

    /** {@code tagger} gives one type (PERS, LOC, ORG or null) per word of each sentence of a document. */
    public NerEvaluator(Function<List<List<String>>, List<List<String>>> tagger) {
        this.tagger = Objects.requireNonNull(tagger, "tagger");
    }

    /** The project's rule-based tagger as a function over a document's sentences. */
    public static Function<List<List<String>>, List<List<String>>> standardTagger() {
        NameTagger t = new NameTagger(new ArabicNormalizer());
        return doc -> t.tagDocument(doc).stream()
                .map(types -> types.stream().map(x -> x == null ? null : x.name()).toList()).toList();
    }

    /** Errors by word: "gold->system\tword" → count, most frequent first (for --misses). */
    private final Map<String, Integer> misses = new java.util.HashMap<>();

    public List<Map.Entry<String, Integer>> misses(int top) {
        return misses.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(top).toList();
    }

    public NerReport evaluate(Path path) {
        return evaluate(NerCorpus.read(path));
    }

    /** Scores the tagger on {@code sentences}, taken {@link #WINDOW} at a time as one document. */
    public NerReport evaluate(List<NerCorpus.Sentence> sentences) {
        long t0 = System.nanoTime();
        Map<String, int[]> counts = new LinkedHashMap<>();
        TYPES.forEach(t -> counts.put(t, new int[3]));
        int words = 0;
        for (int from = 0; from < sentences.size(); from += WINDOW) {
            List<NerCorpus.Sentence> doc = sentences.subList(from, Math.min(sentences.size(), from + WINDOW));
            List<List<String>> sys = tagger.apply(doc.stream().map(NerCorpus.Sentence::words).toList());
            for (int k = 0; k < doc.size(); k++) {
                score(doc.get(k), sys.get(k), counts);
                words += doc.get(k).words().size();
            }
        }
        Map<String, Prf> scores = new LinkedHashMap<>();
        counts.forEach((t, c) -> scores.put(t, new Prf(c[0], c[1], c[2])));
        return new NerReport(scores, words, sentences.size(), (System.nanoTime() - t0) / 1e9);
    }

    private void score(NerCorpus.Sentence s, List<String> sys, Map<String, int[]> counts) {
        for (int i = 0; i < s.words().size(); i++) {
            count(counts, s.gold().get(i), sys.get(i));
            if (!Objects.equals(s.gold().get(i), sys.get(i))) {
                misses.merge(s.gold().get(i) + "->" + sys.get(i) + "\t" + s.words().get(i), 1, Integer::sum);
            }
        }
    }

    static void count(Map<String, int[]> counts, String gold, String sys) {
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            boolean g = e.getKey().equals(gold);
            boolean s = e.getKey().equals(sys);
            if (g && s) {
                e.getValue()[0]++;
            } else if (s) {
                e.getValue()[1]++;
            } else if (g) {
                e.getValue()[2]++;
            }
        }
    }
}
