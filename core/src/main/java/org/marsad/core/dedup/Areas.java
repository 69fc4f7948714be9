package org.marsad.core.dedup;

import java.util.ArrayList;
import java.util.List;
import org.marsad.core.geo.PlaceKind;
import org.marsad.model.Location;

/**
 * The gazetteer's admin hierarchy as clustering reads it: a report placed at a province (an ADM1 area) may tell a
 * happening that another report places at a town of that province, whatever the distance between the province's
 * point and the town ("قصف على دوما" and "قصف في ريف دمشق"). A report placed at a whole country is not matched to
 * its towns: a country's name says nothing about where. Areas are named by the country code and the gazetteer's
 * admin1 name ({@code SY.Rif-dimashq}).
 */
public final class Areas {
    private Areas() {
    }

    /** The province a place names itself (an ADM1 entry with a country and an admin1); null otherwise. */
    public static String province(Location l) {
        if (l == null || l.featureCode() == null || l.countryCode() == null || l.admin1() == null) {
            return null;
        }
        return PlaceKind.ofFeatureCode(l.featureCode()) == PlaceKind.ADMIN1 ? area(l) : null;
    }

    /** The province a place lies in (itself for a province); null when the gazetteer gives none. */
    public static String within(Location l) {
        if (l == null || l.countryCode() == null || l.admin1() == null || l.featureCode() == null
                || PlaceKind.ofFeatureCode(l.featureCode()) == PlaceKind.COUNTRY) {
            return null;
        }
        return area(l);
    }

    /** Whether one place is a province and the other lies in it. */
    static boolean nested(Location x, Location y) {
        String px = province(x);
        String py = province(y);
        return px != null && px.equals(within(y)) || py != null && py.equals(within(x));
    }

    /**
     * Blocking keys a report lives in: {@code a:} its province when it is placed at one; {@code A:} the province its
     * place lies in. A province's report visits {@code A:} of itself and every report with a province visits
     * {@code a:} of it ({@link #visits}), so a town and its province meet in the later one's home (the earlier
     * visits the days after it) and no two towns are compared for their province alone.
     */
    static List<String> home(Location l) {
        List<String> out = new ArrayList<>();
        String p = province(l);
        if (p != null) {
            out.add("a:" + p);
        }
        String w = within(l);
        if (w != null) {
            out.add("A:" + w);
        }
        return out;
    }

    /** Blocking keys a report visits (see {@link #home}). */
    static List<String> visits(Location l) {
        List<String> out = new ArrayList<>();
        String w = within(l);
        if (w != null) {
            out.add("a:" + w);
        }
        String p = province(l);
        if (p != null) {
            out.add("A:" + p);
        }
        return out;
    }

    private static String area(Location l) {
        return l.countryCode() + "." + l.admin1();
    }
}
