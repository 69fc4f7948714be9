package org.marsad.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Which band keys the store's {@code source_bands} may hold: a Bloom filter of every key there, so that a batch asks
 * the table only for the keys it may hold (most of a batch's keys are new: a page is seldom a near duplicate) instead
 * of joining all of them with a scan of the table. A key it says is absent is absent; one it says may be present is
 * looked up as before, so the answers are those of asking for every key. Made from the table at its first use, given
 * every key written after (a key of a batch rolled back stays in it: only a needless look-up), and made again from
 * the table, twice the size, when it holds more keys than it was sized for. It is made for twice the table's keys, at
 * 12 bits a key (4 hashes: under 1% of absent keys look present when full); when that is more than {@link #MAX_KEYS}
 * it is not made (it would take more memory than it spares) and every key is asked for.
 */
final class BandFilter {
    /** The most keys a filter is made for: 256 MB of filter at most; a month's 4x10^7 keys take 128 MB. */
    static final long MAX_KEYS = Long.getLong("marsad.sources.filter-max-keys", 1L << 27);
    /** The fewest keys a filter is made for (16 MB), so that a growing store seldom has it made again. */
    static final long MIN_KEYS = Long.getLong("marsad.sources.filter-min-keys", 1L << 23);
    private static final int HASHES = 4;
    private static final int BITS_PER_KEY = 12;
    private final long[] words;
    private final long mask;
    private final long capacity;
    private long keys;

    private BandFilter(long bits) {
        words = new long[(int) (bits >>> 6)];
        mask = bits - 1;
        capacity = bits / BITS_PER_KEY;
    }

    /** A filter of every key in {@code source_bands} (as {@code conn} sees it), room for {@code atLeast} keys; null above {@link #MAX_KEYS}. */
    static BandFilter of(Connection conn, long atLeast) throws SQLException {
        return of(conn, atLeast, MIN_KEYS, MAX_KEYS);
    }

    /** As {@link #of(Connection, long)}, sized for at least {@code minKeys} and at most {@code maxKeys} keys. */
    static BandFilter of(Connection conn, long atLeast, long minKeys, long maxKeys) throws SQLException {
        try (Statement s = conn.createStatement()) {
            long n;
            try (ResultSet r = s.executeQuery("SELECT count(*) FROM source_bands")) {
                r.next();
                n = r.getLong(1);
            }
            long want = Math.max(Math.max(n, atLeast) * 2, minKeys);
            if (want > maxKeys) {
                return null;
            }
            BandFilter f = new BandFilter(Long.highestOneBit(want * BITS_PER_KEY - 1) << 1);
            if (n > 0) {
                try (ResultSet r = s.executeQuery("SELECT band FROM source_bands")) {
                    while (r.next()) {
                        f.add(r.getLong(1));
                    }
                }
            }
            return f;
        }
    }

    /** Adds a key written to the table. */
    void add(long key) {
        long h1 = key;
        long h2 = (key >>> 32) | 1;
        for (int i = 0; i < HASHES; i++) {
            long bit = (h1 + i * h2) & mask;
            words[(int) (bit >>> 6)] |= 1L << bit;
        }
        keys++;
    }

    /** False when the table surely does not hold the key. */
    boolean mayHold(long key) {
        long h1 = key;
        long h2 = (key >>> 32) | 1;
        for (int i = 0; i < HASHES; i++) {
            long bit = (h1 + i * h2) & mask;
            if ((words[(int) (bit >>> 6)] & (1L << bit)) == 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether it was given more keys than it was sized for (then made again, larger). */
    boolean full() {
        return keys > capacity;
    }

    long keys() {
        return keys;
    }
}
