package org.marsad.model;

/** Counts of people; null where the text does not say. */
public record Size(Integer dead, Integer injured, Integer arrested, Integer displaced, boolean approximate) {
    public static final Size NONE = new Size(null, null, null, null, false);
}
