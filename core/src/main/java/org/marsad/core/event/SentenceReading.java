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
    /** A trigger as read: the hit (a conditional announcement is read as a threat), its status, reported or not. */
    record Read(TriggerHit hit, EventStatus status, boolean reported) {
    }

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

    /**
     * True when a trigger of one of {@code types} is read as told, not reported (a mention of a happening the article
     * tells of: "بعد الهجوم على البلدة السبت"), and occurred: only then can the sentence give a reference.
     */
    public boolean mentionsAny(java.util.Set<org.marsad.model.EventType> types) {
        for (Read r : reads) {
            if (!r.reported() && r.status() == EventStatus.OCCURRED && types.contains(r.hit().rule().type())) {
                return true;
            }
        }
        return false;
    }

    SentenceView view() {
        return view;
    }

    List<Read> reads() {
        return reads;
    }
}
