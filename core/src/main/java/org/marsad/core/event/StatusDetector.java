package org.marsad.core.event;

import org.marsad.model.EventStatus;

/**
 * Reads an event's status from the words before and after its trigger, inside its clause: a negating particle
 * just before ("لم تقصف", "لم يتم قصف") or a denial verb ("نفى وقوع") → negated; a condition ("في حال", "إذا")
 * or a question → hypothetical; a schedule or intention ("من المقرر أن", "يعتزم", "سـ", "... المقبل") → planned; a continuation
 * ("تواصل", "لا يزال") → ongoing; otherwise occurred.
 */
final class StatusDetector {
    static final int NEGATION_WIDTH = 5;
    static final int MODAL_WIDTH = 6;
    static final int AFTER_WIDTH = 5;
    static final int ONGOING_WIDTH = 3;
    static final int CONDITION_AFTER = 10;

    EventStatus status(SentenceView v, TriggerHit h) {
        int f = h.first();
        if (negatedByParticle(v, f) || v.any(v.windowStart(f, NEGATION_WIDTH, true), f, CueKind.NEG_VERB)) {
            return EventStatus.NEGATED;
        }
        if (v.any(v.windowStart(f, MODAL_WIDTH, true), f, CueKind.HYPOTHETICAL) || v.question()) {
            return EventStatus.HYPOTHETICAL;
        }
        if (h.future() || v.any(v.windowStart(f, MODAL_WIDTH, true), f, CueKind.PLANNED)
                || v.any(h.end(), v.windowEnd(h.end(), AFTER_WIDTH, true), CueKind.PLANNED_AFTER)) {
            return EventStatus.PLANNED;
        }
        if (v.any(v.windowStart(f, ONGOING_WIDTH, true), f, CueKind.ONGOING)) {
            return EventStatus.ONGOING;
        }
        return EventStatus.OCCURRED;
    }

    /**
     * A future verb ("سيستقيل", "سوف ينسحب") followed in its clause by a condition ("إذا", "في حال", "ما لم"): the
     * actor announces what they will do unless something happens, a threat that occurred, not a plan.
     */
    static boolean conditionalAnnouncement(SentenceView v, TriggerHit h) {
        boolean future = h.future() || v.any(v.windowStart(h.first(), 2, true), h.first(), CueKind.PLANNED);
        return future && (h.form() == TriggerForm.VERB || h.form() == TriggerForm.PATIENT_VERB)
                && v.any(h.end(), v.windowEnd(h.end(), CONDITION_AFTER, false), CueKind.HYPOTHETICAL);
    }

    /** A particle right before the trigger, or one word before it ("لم يتم", "لم يقع"), in the same clause. */
    private static boolean negatedByParticle(SentenceView v, int f) {
        int from = v.windowStart(f, 2, true);
        return v.any(from, f, CueKind.NEG_PARTICLE);
    }
}
