package org.marsad.core.decide;

import java.util.ArrayList;
import java.util.List;
import org.marsad.model.Event;

/**
 * Keeps a candidate when the trained model's probability that it is a reported event reaches the model's
 * threshold. The event's {@code confidence} becomes that probability.
 */
public final class TrainedDecider implements EventDecider {
    /** The shipped model (docs/learning.md; its card beside it). */
    public static final String RESOURCE = "event-decider.bin";

    private final LinearModel model;
    private final CandidateFeatures features;
    /**
     * One bag per thread, kept from article to article: a bag's room for the distinct features of a candidate (some
     * 8 KB, made at its first score) was made again for every article, a tenth of a bench pass's allocation.
     */
    private final ThreadLocal<HashedBag> bags;

    public TrainedDecider(LinearModel model) {
        this.model = model;
        this.features = new CandidateFeatures(model.bits());
        this.bags = ThreadLocal.withInitial(features::newBag);
    }

    /** The shipped model, or null when the build has none. */
    public static TrainedDecider shipped() {
        LinearModel m = Choices.shipped(RESOURCE);
        return m == null ? null : new TrainedDecider(m);
    }

    public LinearModel model() {
        return model;
    }

    @Override
    public List<Event> decide(List<Event> candidates, String text) {
        return kept(candidates, probabilities(candidates, text), model.threshold());
    }

    /** The model's probability that each candidate is a reported event, in order. */
    public double[] probabilities(List<Event> candidates, String text) {
        double[] out = new double[candidates.size()];
        int[] sentence = sentenceIndices(candidates);
        int[] earlier = earlierSameType(candidates);
        CandidateFeatures.Words words = null; // the candidates of one sentence read its words once
        HashedBag bag = bags.get(); // and all fill this thread's bag in turn (each fill empties it first)
        for (int i = 0; i < out.length; i++) {
            Event e = candidates.get(i);
            words = CandidateFeatures.words(e, text, words);
            out[i] = features.fill(bag, e, text, sentence[i], earlier[i], words).probabilityAsAdded(model);
        }
        return out;
    }

    /**
     * The candidates whose probability {@code p} reaches {@code threshold}, each with it as its confidence: what
     * {@link #decide} keeps at that threshold (training scores one article's candidates at many thresholds).
     */
    public static List<Event> kept(List<Event> candidates, double[] p, float threshold) {
        List<Event> out = new ArrayList<>(candidates.size());
        for (int i = 0; i < p.length; i++) {
            if (p[i] >= threshold) {
                out.add(withConfidence(candidates.get(i), p[i]));
            }
        }
        return out;
    }

    /** The sentence positions of {@code candidates} as {@link #decide} numbers them. */
    public static int[] sentenceIndices(List<Event> candidates) {
        int[] out = new int[candidates.size()];
        int sentence = -1;
        int lastStart = Integer.MIN_VALUE;
        for (int i = 0; i < out.length; i++) {
            if (candidates.get(i).sentence().start() != lastStart) {
                lastStart = candidates.get(i).sentence().start();
                sentence++;
            }
            out[i] = sentence;
        }
        return out;
    }

    /** For each candidate, how many candidates of its type come before it. */
    public static int[] earlierSameType(List<Event> candidates) {
        int[] out = new int[candidates.size()];
        int[] seen = new int[org.marsad.model.EventType.values().length];
        for (int i = 0; i < out.length; i++) {
            out[i] = seen[candidates.get(i).type().ordinal()]++;
        }
        return out;
    }

    private static Event withConfidence(Event e, double p) {
        double c = Math.round(p * 1000) / 1000.0;
        return new Event(e.id(), e.docId(), e.article(), e.type(), e.mode(), e.contexts(), e.cameo(), e.quadClass(),
                e.status(), e.actor(), e.recipient(), e.trigger(), e.date(), e.location(), e.size(), e.sentence(),
                e.source(), e.rule(), c, e.mentions());
    }
}
