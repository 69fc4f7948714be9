package org.marsad.core.event;

import org.marsad.core.entity.ActorMention;

/** Who did it and to whom; either may be null. */
record Roles(ActorMention actor, ActorMention recipient) {
    static final Roles NONE = new Roles(null, null);
}
