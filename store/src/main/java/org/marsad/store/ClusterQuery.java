package org.marsad.store;

import java.time.LocalDate;

/**
 * Which clusters to list: by type, by day range (inclusive), with at least {@code minMentions} reports; null
 * means any. Listed most-reported first, then newest day, then id.
 */
public record ClusterQuery(String type, LocalDate from, LocalDate to, int minMentions, int limit, int offset) {
    public static final int MAX_LIMIT = 10_000;

    public ClusterQuery {
        if (limit < 0 || limit > MAX_LIMIT || offset < 0 || minMentions < 0) {
            throw new IllegalArgumentException("limit must be 0.." + MAX_LIMIT + ", offset and minMentions >= 0");
        }
    }

    public static ClusterQuery all() {
        return new ClusterQuery(null, null, null, 0, MAX_LIMIT, 0);
    }
}
