package org.marsad.core.geo;

import org.marsad.model.Location;

/**
 * A place named in a sentence, as resolved; tokens {@code [firstToken, endToken)}. {@code locative} tells that a
 * locative word introduced it (في، ب، إلى، مدينة، ريف، شمال...): a bare name ("التطبيع بين أنقرة ودمشق",
 * "الموالي لأنقرة") is still a place but may stand for a government, which the event coder weighs.
 */
public record PlaceMention(int firstToken, int endToken, Location location, boolean locative) {

    /** A mention read after a locative word. */
    public PlaceMention(int firstToken, int endToken, Location location) {
        this(firstToken, endToken, location, true);
    }
}
