package org.marsad.core.names;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The trained name tagger: each word of a tokenised sentence gets PERS, LOC, ORG or nothing (null), decided left to
 * right by a {@link MultiClassModel} over {@link NameFeatures}, the two tags before it among the features (greedy
 * decoding). Labels are by word (IO: "O", "PERS", "LOC", "ORG"), so adjacent names of one type join. Thread-safe.
 */
public final class TrainedNameTagger {
    /** The shipped model (its card beside it: {@code name-tagger.card.md}). */
    public static final String RESOURCE = "name-tagger.bin";
    /** The label of a word outside any name. */
    public static final String OUTSIDE = "O";
    /** The tag before a sentence's first word. */
    static final String START = "<s>";

    private final MultiClassModel model;
    private final NameFeatures features;
    private final NameLists lists;

    public TrainedNameTagger(MultiClassModel model, NameLists lists) {
        this.model = model;
        this.lists = lists;
        this.features = new NameFeatures(model.bits(), lists);
    }

    /** The shipped model with the shipped lexicons, or null when the build has no model. */
    public static TrainedNameTagger shipped() {
        try (InputStream in = TrainedNameTagger.class.getResourceAsStream(RESOURCE)) {
            return in == null ? null : new TrainedNameTagger(MultiClassModel.read(in), NameLists.standard());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shipped name model " + RESOURCE, e);
        }
    }

    public MultiClassModel model() {
        return model;
    }

    /** One label per word: a model label ("O", "PERS", ...). */
    public List<String> labels(List<String> words) {
        NameFeatures.Sentence s = features.sentence(words);
        List<String> out = new ArrayList<>(words.size());
        int[] buf = new int[s.maxFeatures()];
        String p1 = START;
        String p2 = START;
        for (int i = 0; i < s.size(); i++) {
            int n = s.features(i, p1, p2, buf);
            String label = model.labels().get(model.best(buf, n));
            out.add(label);
            p2 = p1;
            p1 = label;
        }
        return out;
    }

    /** One type per word: PERS, LOC, ORG or null. */
    public List<String> tag(List<String> words) {
        List<String> out = new ArrayList<>(words.size());
        for (String l : labels(words)) {
            out.add(OUTSIDE.equals(l) ? null : l);
        }
        return out;
    }

    /**
     * {@link #tag} for each sentence of a document, then a person's name learnt in the document applies within it:
     * a word left untagged whose stem (light form without proclitics, at least {@link #MIN_PROPAGATED} letters) was
     * tagged PERS elsewhere in the document becomes PERS. (Doing the same for places and organisations lowered
     * their out-of-fold F1.)
     */
    public List<List<String>> tagDocument(List<List<String>> sentences) {
        List<List<String>> out = new ArrayList<>(sentences.size());
        for (List<String> s : sentences) {
            out.add(new ArrayList<>(tag(s)));
        }
        java.util.Set<String> persons = new java.util.HashSet<>();
        String[][] stems = new String[sentences.size()][];
        for (int k = 0; k < sentences.size(); k++) {
            List<String> words = sentences.get(k);
            stems[k] = new String[words.size()];
            for (int i = 0; i < words.size(); i++) {
                stems[k][i] = NameFeatures.stem(lists.light(words.get(i)));
                String t = out.get(k).get(i);
                if ("PERS".equals(t) && stems[k][i].length() >= MIN_PROPAGATED) {
                    persons.add(stems[k][i]);
                }
            }
        }
        for (int k = 0; k < sentences.size(); k++) {
            for (int i = 0; i < stems[k].length; i++) {
                if (out.get(k).get(i) == null && persons.contains(stems[k][i])) {
                    out.get(k).set(i, "PERS");
                }
            }
        }
        return out;
    }

    /** The shortest stem a document learns. */
    static final int MIN_PROPAGATED = 3;
}
