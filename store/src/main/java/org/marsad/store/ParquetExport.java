package org.marsad.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.List;
import java.util.stream.Collectors;
import org.marsad.export.EventTable;

/**
 * {@code export --format parquet}: the selected events, as rows of {@link EventTable}, into a table of an in-memory
 * DuckDB, then {@code COPY} to a Parquet file. The store is only read; the file's schema is the table's.
 */
final class ParquetExport {
    private static final int BATCH = 1000;

    private ParquetExport() {
    }

    static void write(EventStore store, EventQuery q, Path file) {
        try (Connection mem = DriverManager.getConnection("jdbc:duckdb:")) {
            try (Statement s = mem.createStatement()) {
                s.execute("CREATE TABLE events (" + EventTable.COLUMNS.stream()
                        .map(c -> c.name() + " " + sqlType(c.kind())).collect(Collectors.joining(", ")) + ")");
            }
            String insert = "INSERT INTO events VALUES (" + EventTable.COLUMNS.stream().map(c -> "?")
                    .collect(Collectors.joining(", ")) + ")";
            try (PreparedStatement s = mem.prepareStatement(insert)) {
                int[] pending = {0};
                store.forEach(q, e -> {
                    try {
                        bind(s, EventTable.row(e));
                        s.addBatch();
                        if (++pending[0] == BATCH) {
                            s.executeBatch();
                            pending[0] = 0;
                        }
                    } catch (SQLException x) {
                        throw new StoreException("cannot export event " + e.id() + ": " + x.getMessage(), x);
                    }
                });
                if (pending[0] > 0) {
                    s.executeBatch();
                }
            }
            String target = file.toAbsolutePath().toString().replace("'", "''");
            try (Statement s = mem.createStatement()) {
                s.execute("COPY (SELECT * FROM events ORDER BY event_date NULLS LAST, id) TO '" + target
                        + "' (FORMAT parquet)");
            }
        } catch (SQLException e) {
            throw new StoreException("cannot export to " + file + ": " + e.getMessage(), e);
        }
    }

    static String sqlType(EventTable.Kind k) {
        return switch (k) {
            case STRING -> "VARCHAR";
            case INT -> "INTEGER";
            case DOUBLE -> "DOUBLE";
            case DATE -> "DATE";
        };
    }

    private static void bind(PreparedStatement s, List<Object> row) throws SQLException {
        for (int i = 0; i < row.size(); i++) {
            Object v = row.get(i);
            EventTable.Kind k = EventTable.COLUMNS.get(i).kind();
            if (v == null) {
                s.setNull(i + 1, switch (k) {
                    case STRING -> Types.VARCHAR;
                    case INT -> Types.INTEGER;
                    case DOUBLE -> Types.DOUBLE;
                    case DATE -> Types.DATE;
                });
            } else {
                s.setObject(i + 1, v);
            }
        }
    }
}
