package org.marsad.core.dedup;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;
import org.marsad.model.DatePrecision;
import org.marsad.model.Event;
import org.marsad.model.Location;

/**
 * Blocking for {@link ClusterRule}: coarse keys (type, status, day, and a grid cell or a place name) such that
 * two linked reports always meet in one bucket. A report <em>lives</em> in its home buckets and <em>visits</em>,
 * in the grid cells that come within {@value Compatibility#SAME_PLACE_KM} km of it, the days a linked report may
 * live on: a day-precise report its own day and the next {@value ClusterRule#DAY_SLACK} (a pair a day apart meets
 * in the later one's home); a {@code reported} report its own day and the {@value ClusterRule#REPORTED_REACH}
 * before it (the day it may recall, and the other undated pages of that week, meet in their homes). Every linked
 * pair is found in the home bucket of one of the two, with the other as a visitor. The in-memory clusterer and the
 * Spark shuffle use the same keys.
 */
public final class ClusterKeys {
    /** Grid rows are this many degrees of latitude high (about 27.8 km, more than the 25 km link). */
    static final double CELL_DEG = 0.25;
    private static final double KM_PER_DEG = 111.19;

    private ClusterKeys() {
    }

    /** The buckets the report lives in; empty when it cannot be linked at all. */
    public static List<String> home(Event e) {
        OptionalLong day = ClusterRule.day(e);
        if (day.isEmpty() || e.location() == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String place : places(e.location(), false)) {
            out.add(key(e, day.getAsLong(), place));
        }
        for (String area : Areas.home(e.location())) {
            out.add(key(e, day.getAsLong(), area));
        }
        return out;
    }

    /** The buckets the report visits: its home buckets and their neighbours in time and space. */
    public static List<String> visits(Event e) {
        OptionalLong day = ClusterRule.day(e);
        if (day.isEmpty() || e.location() == null) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        boolean reported = e.date().precision() == DatePrecision.REPORTED;
        long from = reported ? day.getAsLong() - ClusterRule.REPORTED_REACH : day.getAsLong();
        long to = reported ? day.getAsLong() : day.getAsLong() + ClusterRule.DAY_SLACK;
        for (long d = from; d <= to; d++) {
            for (String place : places(e.location(), true)) {
                out.add(key(e, d, place));
            }
            for (String area : Areas.visits(e.location())) {
                out.add(key(e, d, area));
            }
        }
        return List.copyOf(out);
    }

    private static String key(Event e, long day, String place) {
        return e.type() + "|" + e.status() + "|" + day + "|" + place;
    }

    /** Place keys: the grid cell (with its neighbours), the Arabic name, the text as written. */
    private static List<String> places(Location l, boolean neighbours) {
        List<String> out = new ArrayList<>();
        if (l.lat() != null && l.lon() != null) {
            out.addAll(cells(l.lat(), l.lon(), neighbours));
        }
        if (l.nameAr() != null) {
            out.add("n:" + l.nameAr());
        }
        if (l.text() != null) {
            out.add("t:" + l.text().strip().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private static List<String> cells(double lat, double lon, boolean neighbours) {
        int row = (int) Math.floor(lat / CELL_DEG);
        if (!neighbours) {
            return List.of("c:" + row + ":" + column(row, lon));
        }
        List<String> out = new ArrayList<>();
        for (int r = row - 1; r <= row + 1; r++) {
            int span = columnsWithinReach(r, row);
            int width = columns(r);
            int c0 = column(r, lon);
            for (int c = c0 - span; c <= c0 + span; c++) {
                int col = Math.floorMod(c, width);
                if (withinReach(lat, lon, r, col, width)) {
                    out.add("c:" + r + ":" + col);
                }
            }
        }
        return out;
    }

    /** Whether a point within the link distance of (lat, lon) can lie in the cell (with a 1 km margin). */
    private static boolean withinReach(double lat, double lon, int row, int col, int width) {
        double south = row * CELL_DEG;
        double north = south + CELL_DEG;
        double west = col * 360.0 / width - 180;
        double east = west + 360.0 / width;
        double nearLat = Math.max(south, Math.min(north, lat));
        double nearLon = lon;
        if (lon < west || lon > east) {
            double toWest = Math.floorMod((long) Math.floor((west - lon) * 1e6), 360_000_000L) / 1e6;
            double toEast = Math.floorMod((long) Math.floor((lon - east) * 1e6), 360_000_000L) / 1e6;
            nearLon = toWest <= toEast ? west : east;
        }
        return Compatibility.km(lat, lon, nearLat, nearLon) <= Compatibility.SAME_PLACE_KM + 1;
    }

    /** Columns in a row: cells about as wide as high, fewer towards the poles (at least one). */
    private static int columns(int row) {
        double edge = Math.min(Math.abs(row * CELL_DEG), Math.abs((row + 1) * CELL_DEG));
        double cos = Math.cos(Math.toRadians(Math.min(edge, 90)));
        return Math.max(1, (int) Math.floor(360 / CELL_DEG * cos));
    }

    private static int column(int row, double lon) {
        int width = columns(row);
        double x = (lon + 180) / 360 * width;
        return Math.floorMod((int) Math.floor(x), width);
    }

    /** How many columns either side of a point one link away may be, in row {@code r} (seen from {@code home}). */
    private static int columnsWithinReach(int r, int home) {
        int width = columns(r);
        double poleward = Math.max(Math.abs(r * CELL_DEG), Math.abs((r + 1) * CELL_DEG));
        double homeEdge = Math.max(Math.abs(home * CELL_DEG), Math.abs((home + 1) * CELL_DEG));
        double cos = Math.cos(Math.toRadians(Math.min(90, Math.max(poleward, homeEdge))));
        double cellKm = 360.0 / width * KM_PER_DEG * Math.max(cos, 1e-9);
        return (int) Math.min(width, Math.ceil(Compatibility.SAME_PLACE_KM / cellKm) + 1);
    }
}
