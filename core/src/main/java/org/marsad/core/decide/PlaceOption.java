package org.marsad.core.decide;

import org.marsad.core.geo.PlaceMention;

/**
 * One place an event may have happened at: a place its sentence names ({@code mention}), or {@link #NOWHERE}: the
 * text names no place for it (a statement, a call), so the event keeps none. {@code placing}: the rules would let the
 * mention place the event ({@link org.marsad.core.geo.EventPlaces#places}: not a topic's place, not a bare country,
 * not the region qualifying a finer place).
 */
public record PlaceOption(PlaceMention mention, boolean placing) {
    /** No place the sentence names is the event's. */
    public static final PlaceOption NOWHERE = new PlaceOption(null, false);

    public boolean nowhere() {
        return mention == null;
    }
}
