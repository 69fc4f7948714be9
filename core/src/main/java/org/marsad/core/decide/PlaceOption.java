package org.marsad.core.decide;

import org.marsad.core.geo.PlaceMention;

/**
 * One place an event may have happened at: a place its sentence names ({@code mention}), or {@link #NOWHERE}: the
 * text names no place for it (a statement, a call), so the event keeps none.
 */
public record PlaceOption(PlaceMention mention) {
    /** No place the sentence names is the event's. */
    public static final PlaceOption NOWHERE = new PlaceOption(null);

    public boolean nowhere() {
        return mention == null;
    }
}
