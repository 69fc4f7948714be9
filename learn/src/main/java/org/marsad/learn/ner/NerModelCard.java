package org.marsad.learn.ner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.marsad.core.names.MultiClassModel;
import org.marsad.eval.ner.NerCorpus;
import org.marsad.eval.ner.NerReport;

/** The card beside the name model: data with SHA-256s, licences, date, sizes and out-of-fold scores. */
public final class NerModelCard {
    private NerModelCard() {
    }

    /** The card's markdown. {@code oof} are the out-of-fold scores on the training sentences. */
    public static String markdown(Path data, List<NerCorpus.Sentence> sentences, MultiClassModel m, long bytes,
            NerReport oof, double seconds) {
        StringBuilder files = new StringBuilder();
        for (Path f : NerCorpus.files(data)) {
            files.append("  - `").append(f.getFileName()).append("` SHA-256 ").append(sha(f)).append('\n');
        }
        int words = sentences.stream().mapToInt(s -> s.words().size()).sum();
        return "# Model card: the name tagger (`name-tagger.bin`)\n\n"
                + "Built " + LocalDate.now() + " by `./marsad train ner` (deterministic: the same data and lexicons give "
                + "the same bytes). It gives each word PERS, LOC, ORG or nothing "
                + "(`org.marsad.core.names.TrainedNameTagger`, greedy left to right; then, within a document, a word whose stem "
                + "was tagged PERS elsewhere in it becomes PERS).\n\n"
                + "## What it holds\n"
                + "One-vs-rest L2-regularised logistic regression (liblinear 2.44 L2R_LR, C = " + NerTraining.COST
                + ", class weights O 0.7, ORG 3) over 2^" + NerTraining.BITS + " hashed features (`NameFeatures`: light word forms ±2, stems, "
                + "affixes, character trigrams, shape, the two previous tags, and lexicon evidence of `NameLists`: "
                + "geo gazetteer, curated places, countries, regions, actor lexicons, titles, given names, "
                + "organisation cues), features seen fewer than " + NerTraining.MIN_COUNT + " times dropped. "
                + "Labels: " + String.join(", ", m.labels()) + ". " + m.features() + " feature slots with weights, "
                + bytes + " bytes gzipped. Weights and biases only, never training text. The model depends on the "
                + "lexicons: after a lexicon change, rebuild it (`NerModelRebuildTest` fails until then).\n\n"
                + "## Data\n"
                + "- `" + data + "`, the files directly in it (subfolders such as `aqmar/` are not read): "
                + sentences.size() + " sentences, " + words + " words.\n" + files
                + "  ANERcorp (Benajiba, Rosso, Benedí Ruiz 2007), first 120,000 lines; distributed free for research, "
                + "CAMeL Tools ships models trained on it.\n"
                + "- Not used for training: AQMAR (CC BY-SA 3.0; evaluation only), the lexicon lists derived from "
                + "AQMAR (`NameTagger-common-words.tsv`, `NameTagger-given-names-aqmar.tsv`).\n\n"
                + "## Scores (token level, B/I ignored, as `marsad eval ner` prints them)\n"
                + "Out of fold on the training sentences: " + NerTraining.FOLDS + " contiguous parts (ANERcorp has no "
                + "document marks; contiguous parts keep each article in one part except at the cuts), each tagged by "
                + "a model trained on the other four. `marsad eval ner " + data + "` prints the same numbers.\n\n"
                + "```\n" + oof.toTable() + "```\n\n"
                + String.format(Locale.ROOT, "Training (final model and %d folds) took %.0f s.%n", NerTraining.FOLDS,
                        seconds);
    }

    public static String sha(Path p) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
