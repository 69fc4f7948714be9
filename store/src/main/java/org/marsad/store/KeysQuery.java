package org.marsad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;

/**
 * A query whose one parameter is a set of keys bound as a {@code VARCHAR[]} ("... IN (SELECT unnest(?::VARCHAR[]))"):
 * one statement for any number of keys, the keys never spliced into the SQL.
 */
final class KeysQuery {
    /** A row of a result, read. */
    @FunctionalInterface
    interface Row {
        void read(ResultSet r) throws SQLException;
    }

    private KeysQuery() {
    }

    /** Runs {@code sql} with {@code keys} as its one parameter (no keys: no query), reading each row. */
    static void run(Connection conn, String sql, Collection<String> keys, Row row) throws SQLException {
        if (keys.isEmpty()) {
            return;
        }
        try (PreparedStatement s = conn.prepareStatement(sql)) {
            s.setArray(1, conn.createArrayOf("VARCHAR", keys.toArray()));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    row.read(r);
                }
            }
        }
    }
}
