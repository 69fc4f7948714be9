package org.marsad.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BandFilterTest {
    @Test
    void everyKeyOfTheTableAndEveryKeyAddedMayBeHeldAndFewOthersSeemTo() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE source_bands (band BIGINT, id VARCHAR)");
            Random r = new Random(7);
            long[] stored = r.longs(20_000).toArray();
            try (PreparedStatement ins = c.prepareStatement("INSERT INTO source_bands VALUES (?, 'x')")) {
                for (long k : stored) {
                    ins.setLong(1, k);
                    ins.addBatch();
                }
                ins.executeBatch();
            }
            BandFilter f = BandFilter.of(c, 1_000, 1 << 12, 1 << 20);
            long[] added = r.longs(5_000).toArray();
            for (long k : added) {
                f.add(k);
            }
            for (long k : stored) {
                assertTrue(f.mayHold(k), "a key of the table");
            }
            for (long k : added) {
                assertTrue(f.mayHold(k), "a key added");
            }
            int seem = 0;
            for (int i = 0; i < 100_000; i++) {
                if (f.mayHold(r.nextLong())) {
                    seem++;
                }
            }
            assertTrue(seem < 2_000, seem + " of 100,000 other keys seem held");
            assertFalse(f.full(), "made for twice the table's keys");
            for (long k : r.longs(80_000).toArray()) {
                f.add(k);
            }
            assertTrue(f.full(), "more keys than it was made for: made again");
            assertNull(BandFilter.of(c, 0, 1 << 12, 30_000), "a table too large for a filter gets none");
        }
    }
}
