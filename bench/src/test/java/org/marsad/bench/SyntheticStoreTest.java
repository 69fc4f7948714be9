package org.marsad.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.store.EventStore;

class SyntheticStoreTest {
    @TempDir
    Path dir;

    @Test
    void eachSyntheticPageIsItsOwnSourceAndTheOpenFingerprintsNone() throws SQLException {
        SyntheticStore.fill(dir, 500, true);
        EventStore.open(dir).close();
        assertEquals(100, count("pages"));
        assertEquals(100, count("source_groups"), "one source row a page");
        assertEquals(0, count("source_bands"), "the open fingerprinted the templated pages");
        assertEquals(100, scalar("SELECT count(DISTINCT root) FROM source_groups"), "each page its own source");
    }

    @Test
    void aStoreBuiltBeforeSourcesIsGivenThemOnceWithoutFingerprinting() throws SQLException {
        SyntheticStore.fill(dir, 500, true);
        exec("DELETE FROM source_groups");
        SyntheticStore.distinctSources(dir);
        SyntheticStore.distinctSources(dir); // a second call adds nothing
        EventStore.open(dir).close();
        assertEquals(100, count("source_groups"));
        assertEquals(0, count("source_bands"));
    }

    private long count(String table) throws SQLException {
        return scalar("SELECT count(*) FROM " + table);
    }

    private long scalar(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve(EventStore.FILE));
             Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private void exec(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve(EventStore.FILE));
             Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
