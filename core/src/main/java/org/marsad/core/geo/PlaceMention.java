package org.marsad.core.geo;

import org.marsad.model.Location;

/** A place named in a sentence, as resolved; tokens {@code [firstToken, endToken)}. */
public record PlaceMention(int firstToken, int endToken, Location location) {
}
