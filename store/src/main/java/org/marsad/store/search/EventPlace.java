package org.marsad.store.search;

/**
 * What the event index keeps of an event's place so that clustering can ask for the few stored events that could
 * be the same happening instead of every event of the day: its coordinates (a point, searched by distance), its
 * Arabic name and its text as written (terms, for places without coordinates). The parts are taken from the
 * event's JSON record, the one clustering reads, never from the table's columns. {@code province}: the province
 * the place is (an ADM1 entry), {@code within}: the province it lies in, as {@code org.marsad.core.dedup.Areas} names
 * them (a province report and a town of it are linked at any distance); either may be null.
 */
public record EventPlace(Double lat, Double lon, String name, String text, String province, String within) {
    /** A place without the admin hierarchy. */
    public EventPlace(Double lat, Double lon, String name, String text) {
        this(lat, lon, name, text, null, null);
    }

    /** Longer texts are indexed by their first this many characters (equal texts still share a term). */
    static final int MAX_TERM_CHARS = 4000;

    /** Whether the coordinates make a point on the globe that the index can hold. */
    public boolean point() {
        return lat != null && lon != null && lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180;
    }

    /**
     * Whether the place has coordinates but not a point ({@code lat} without {@code lon}, or out of range): such an
     * event is a candidate for every event with coordinates (the distance test may still pass on its numbers), and
     * when clustering starts from one, it reads the whole day.
     */
    public boolean odd() {
        return lat != null && !point();
    }

    /** The term a text is indexed and asked for as (its first {@value #MAX_TERM_CHARS} characters). */
    static String term(String s) {
        return s.length() <= MAX_TERM_CHARS ? s : s.substring(0, MAX_TERM_CHARS);
    }

    /**
     * Whether an event at {@code other} may be within {@code km} of this place, as the event index's place look-up
     * decides it ({@link ClusterReads#recordsNear}: the same box, names, texts and provinces), so that it offers more than the
     * link rule accepts, never fewer. A place that is odd or without text rules nothing out.
     */
    public boolean mayBeNear(EventPlace other, double km) {
        return odd() || text == null || PlaceFields.mayBeNear(this, other, km);
    }
}
