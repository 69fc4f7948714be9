package org.marsad.core.decide;

import org.marsad.model.Entity;

/**
 * One side an event's actor may be: a mention of its sentence (tokens {@code [first, end)}), the actor the rules
 * gave it from elsewhere (the article's subject, {@code first} = -1), or {@link #NOBODY}: the text names no one
 * who did it (an unknown attacker), so the event keeps no actor.
 */
public record ActorOption(Entity entity, int first, int end) {
    /** No named side acted. */
    public static final ActorOption NOBODY = new ActorOption(null, -2, -2);

    public boolean inSentence() {
        return first >= 0;
    }

    public boolean nobody() {
        return entity == null;
    }
}
