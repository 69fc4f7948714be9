package org.marsad.store;

/** What events can be counted by (for charts). The column names are fixed here, never taken from a request. */
public enum Dimension {
    DAY("CAST(day AS VARCHAR)"), TYPE("type"), COUNTRY("country_code"), ADMIN1("admin1"), ACTOR("actor_code");

    final String column;

    Dimension(String column) {
        this.column = column;
    }
}
