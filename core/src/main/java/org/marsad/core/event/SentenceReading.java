package org.marsad.core.event;

import java.util.List;
import org.marsad.model.EventStatus;

/**
 * A sentence's triggers read before its actors and places are looked for: each kept trigger with its status and
 * whether it reports an event ({@link ReportFilter}) or only mentions one. About half the sentences with a trigger
 * report nothing; for them the coder needs no actors and no places, and the pipeline looks for those only when a
 * later sentence of the article reports an event (they steer how that one is read). Made by
 * {@link EventCoder#read}, used by {@link EventCoder#code(SentenceContext, SentenceReading)}.
 */
public final class SentenceReading {
    /**
     * A trigger as read: the hit (a conditional announcement is read as a threat), its status, and whether it
     * reports an event ({@code reported}; by the rules' verdict, or by a later decision, see {@link #decided}).
     */
    public record Read(TriggerHit hit, EventStatus status, boolean reported) {
    }

    /** The reading of a sentence without a trigger: nothing to read, nothing reported. */
    public static final SentenceReading NONE = new SentenceReading(null, new java.util.ArrayList<>());

    private final SentenceView view;
    private final List<Read> reads;

    /** {@code reads}: kept, not copied (the coder made the list for this reading alone). */
    SentenceReading(SentenceView view, List<Read> reads) {
        this.view = view;
        this.reads = java.util.Collections.unmodifiableList(reads);
    }

    /** True when one trigger at least reports an event: only then can the sentence yield one. */
    public boolean reportsAny() {
        for (Read r : reads) {
            if (r.reported()) {
                return true;
            }
        }
        return false;
    }

    SentenceView view() {
        return view;
    }

    /** The triggers as read, in text order (an immutable list). */
    public List<Read> reads() {
        return reads;
    }

    /**
     * This reading with the verdicts of {@code decided} (one per {@link #reads()}, in order) in place of the
     * rules': the same sentence view, so {@link EventCoder#code(SentenceContext, SentenceReading)} codes it alike.
     */
    public SentenceReading decided(List<Read> decided) {
        if (decided.size() != reads.size()) {
            throw new IllegalArgumentException(decided.size() + " decisions for " + reads.size() + " triggers");
        }
        return decided.equals(reads) ? this : new SentenceReading(view, new java.util.ArrayList<>(decided));
    }
}
