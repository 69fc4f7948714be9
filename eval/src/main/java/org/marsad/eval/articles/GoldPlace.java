package org.marsad.eval.articles;

/** A gold place: its name as written and, when the annotator gave them, coordinates. All parts may be null. */
public record GoldPlace(String name, Double lat, Double lon) {
    public boolean hasCoordinates() {
        return lat != null && lon != null;
    }

    @Override
    public String toString() {
        return hasCoordinates() ? name + "(" + lat + "," + lon + ")" : String.valueOf(name);
    }
}
