package org.marsad.core.dedup;

import java.util.List;
import org.marsad.model.Entity;
import org.marsad.model.EventDate;
import org.marsad.model.EventStatus;
import org.marsad.model.EventType;
import org.marsad.model.Location;

/**
 * One happening told by one or more reports (events from different articles). {@code reports} are the event ids,
 * sorted; the merged fields say which report gave them ({@code dateFrom}, {@code placeFrom}); each count names
 * the reports that gave it. {@code docs} is how many distinct pages told it, {@code outlets} which outlets (sorted),
 * {@code mergedOn} why its reports were merged: the keys ({@code type}, {@code status}, {@code date}, {@code place},
 * {@code actor}, {@code recipient}, {@code dead}) that two or more reports give, which {@link ClusterRule} found
 * compatible (empty for a single report). {@code sources} is how many independent sources told it: pages, with
 * near-duplicate pages and repeated sentences counted once when the clusterer was given them
 * ({@link NearDuplicates}); else equal to {@code docs}.
 */
public record EventCluster(String id, EventType type, EventStatus status, EventDate date, String dateFrom,
                           Location location, String placeFrom, Entity actor, Entity recipient,
                           List<CountClaim> counts, List<String> reports, int docs, String firstPublished,
                           String lastPublished, List<String> outlets, List<String> mergedOn, int sources) {
    public EventCluster {
        if (id == null || type == null || status == null || reports == null || reports.isEmpty()) {
            throw new IllegalArgumentException("a cluster needs an id, a type, a status and at least one report");
        }
        counts = counts == null ? List.of() : List.copyOf(counts);
        reports = List.copyOf(reports);
        outlets = outlets == null ? List.of() : List.copyOf(outlets);
        mergedOn = mergedOn == null ? List.of() : List.copyOf(mergedOn);
    }

    /** How many reports tell this happening. */
    public int mentions() {
        return reports.size();
    }

    /** The id of a cluster whose earliest-sorting report is {@code firstReport}. */
    public static String idFor(String firstReport) {
        return "c-" + org.marsad.model.Event.hash(firstReport, 8);
    }

    /** One merged count ({@code dead}, {@code injured}, {@code arrested}, {@code displaced}) and who gave it. */
    public record CountClaim(String field, int value, boolean approximate, List<String> reports) {
        public CountClaim {
            reports = List.copyOf(reports);
        }
    }
}
