package org.marsad.model;

/** PLOVER's sixteen event types, with the CAMEO quad class each belongs to. */
public enum EventType {
    AGREE(1), CONSULT(1), SUPPORT(1), CONCEDE(2), COOPERATE(2), AID(2), RETREAT(2),
    REQUEST(1), ACCUSE(3), REJECT(3), THREATEN(3), PROTEST(3), SANCTION(4), MOBILIZE(3),
    COERCE(4), ASSAULT(4);

    private final int quadClass;

    EventType(int quadClass) {
        this.quadClass = quadClass;
    }

    /** CAMEO quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
    public int quadClass() {
        return quadClass;
    }
}
