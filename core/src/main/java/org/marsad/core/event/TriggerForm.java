package org.marsad.core.event;

/** How a trigger carries its event, which decides where its roles sit and whether it needs an anchor. */
public enum TriggerForm {
    /** A finite verb whose subject is the agent: "قصفت القوات ..." (VSO) or "القوات ... قصفت" (SVO). */
    VERB,
    /** A verb whose subject is the victim or the thing: passive or unaccusative ("اغتيل", "انفجرت", "لقي حتفه"). */
    PATIENT_VERB,
    /** An event noun ("غارة", "اجتماع"): reports an event only when something in the sentence anchors it. */
    NOUN,
    /**
     * A verbal noun ("اغتيال", "تفجير", "بقصف"): names the action, often in general or in retrospect; it reports an
     * event only with casualties, a count or a light verb ("تم تفجير").
     */
    VERBAL_NOUN;

    static TriggerForm parse(String s) {
        return switch (s) {
            case "V" -> VERB;
            case "P" -> PATIENT_VERB;
            case "N" -> NOUN;
            case "M" -> VERBAL_NOUN;
            default -> throw new IllegalArgumentException("form must be V, P, N or M, not " + s);
        };
    }
}
