package org.marsad.store.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * An event document's place fields ({@link EventPlace}) and the query for the events that may be at the same place
 * as another: within a box around its point that holds every point within the link distance (a box, not Lucene's
 * distance query, whose set-up per query cost more than the look-up), or with its name or its text, or with
 * coordinates that are no point, or a province it lies in or that it is (the admin hierarchy). The query may offer more than the link rule accepts, never fewer.
 */
final class PlaceFields {
    static final String GEO = "geo";
    static final String NAME = "place_name";
    static final String TEXT = "place_text";
    static final String ODD = "geo_odd";
    /** The province the place is (an ADM1 entry). */
    static final String AREA_IS = "place_area_is";
    /** The province the place lies in. */
    static final String AREA_IN = "place_area_in";
    /** Added to the link distance when asking for the events near a point (rounding of the index's coordinates). */
    static final double MARGIN_KM = 1;
    /** Kilometres per degree of latitude (on the 6,371 km sphere of the link rule), rounded down. */
    private static final double KM_PER_DEG = 111.1;

    private PlaceFields() {
    }

    static void add(Document d, EventPlace p) {
        if (p.point()) {
            d.add(new LatLonPoint(GEO, p.lat(), p.lon()));
        } else if (p.odd()) {
            d.add(new StringField(ODD, "1", Field.Store.NO));
        }
        if (p.name() != null) {
            d.add(new StringField(NAME, EventPlace.term(p.name()), Field.Store.NO));
        }
        if (p.text() != null) {
            d.add(new StringField(TEXT, EventPlace.term(p.text()), Field.Store.NO));
        }
        if (p.province() != null) {
            d.add(new StringField(AREA_IS, p.province(), Field.Store.NO));
        }
        if (p.within() != null) {
            d.add(new StringField(AREA_IN, p.within(), Field.Store.NO));
        }
    }

    /** The events that may be within {@code km} of {@code near} or share its name or text ({@code near} not odd). */
    static Query near(EventPlace near, double km) {
        BooleanQuery.Builder place = new BooleanQuery.Builder();
        if (near.point()) {
            place.add(box(near.lat(), near.lon(), km + MARGIN_KM), BooleanClause.Occur.SHOULD);
            place.add(new TermQuery(new Term(ODD, "1")), BooleanClause.Occur.SHOULD);
        }
        if (near.name() != null) {
            place.add(new TermQuery(new Term(NAME, EventPlace.term(near.name()))), BooleanClause.Occur.SHOULD);
        }
        if (near.text() != null) {
            place.add(new TermQuery(new Term(TEXT, EventPlace.term(near.text()))), BooleanClause.Occur.SHOULD);
        }
        if (near.within() != null) { // a province the place lies in, named as such by another report
            place.add(new TermQuery(new Term(AREA_IS, near.within())), BooleanClause.Occur.SHOULD);
        }
        if (near.province() != null) { // the place is a province: every report in it
            place.add(new TermQuery(new Term(AREA_IN, near.province())), BooleanClause.Occur.SHOULD);
        }
        return place.build();
    }

    /**
     * A box holding every point within {@code km} of (lat, lon): as wide as the circle at its most poleward
     * latitude, all longitudes when it reaches a pole, across the antimeridian when it passes it.
     */
    static Query box(double lat, double lon, double km) {
        double[] b = bounds(lat, lon, km);
        return LatLonPoint.newBoxQuery(GEO, b[0], b[1], b[2], b[3]);
    }

    /** The box of {@link #box} as south, north, west, east (west greater than east: across the antimeridian). */
    static double[] bounds(double lat, double lon, double km) {
        double dLat = km / KM_PER_DEG;
        double south = lat - dLat;
        double north = lat + dLat;
        double cos = Math.cos(Math.toRadians(Math.max(Math.abs(south), Math.abs(north))));
        if (south <= -90 || north >= 90 || dLat / cos >= 180) {
            return new double[] {Math.max(-90, south), Math.min(90, north), -180, 180};
        }
        double west = lon - dLat / cos;
        double east = lon + dLat / cos;
        return new double[] {south, north, west < -180 ? west + 360 : west, east > 180 ? east - 360 : east};
    }

    /**
     * What {@link #near} selects, for one place in memory ({@code near} not odd, with a text): {@code other} is in
     * the box around {@code near}'s point (with the same margin) or has no point but coordinates, or shares its name
     * or its text, or is the province {@code near} lies in, or lies in the province {@code near} is.
     */
    static boolean mayBeNear(EventPlace near, EventPlace other, double km) {
        if (other == null) {
            return false;
        }
        if (near.point()) {
            if (other.odd()) {
                return true;
            }
            if (other.point()) {
                double[] b = bounds(near.lat(), near.lon(), km + MARGIN_KM);
                boolean lat = other.lat() >= b[0] && other.lat() <= b[1];
                boolean lon = b[2] <= b[3] ? other.lon() >= b[2] && other.lon() <= b[3]
                        : other.lon() >= b[2] || other.lon() <= b[3];
                if (lat && lon) {
                    return true;
                }
            }
        }
        if (near.name() != null && other.name() != null
                && EventPlace.term(near.name()).equals(EventPlace.term(other.name()))) {
            return true;
        }
        if (near.text() != null && other.text() != null
                && EventPlace.term(near.text()).equals(EventPlace.term(other.text()))) {
            return true;
        }
        return near.within() != null && near.within().equals(other.province())
                || near.province() != null && near.province().equals(other.within());
    }
}
