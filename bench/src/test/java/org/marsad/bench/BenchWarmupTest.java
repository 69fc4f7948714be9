package org.marsad.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The default warm-up runs a fixed number of pages through the pipeline, in whole passes, and never fewer than 3. */
class BenchWarmupTest {
    @Test
    void theDefaultWarmUpCoversTheWarmUpPagesInWholePasses() {
        assertEquals(20, Bench.defaultWarmup(2_000));
        assertEquals(8, Bench.defaultWarmup(5_000));
        assertEquals(14, Bench.defaultWarmup(3_000), "a part of a pass counts as a pass");
        for (int pages : new int[] {1, 7, 999, 4_001, 39_999}) {
            int passes = Bench.defaultWarmup(pages);
            assertTrue((long) passes * pages >= Bench.WARMUP_PAGES, pages + " pages");
            assertTrue((long) (passes - 1) * pages < Bench.WARMUP_PAGES || passes == 3, pages + " pages");
        }
    }

    @Test
    void aLargeCorpusStillGetsThreePasses() {
        assertEquals(3, Bench.defaultWarmup(100_000));
        assertEquals(3, Bench.defaultWarmup(Bench.WARMUP_PAGES));
    }

    @Test
    void noPagesIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> Bench.defaultWarmup(0));
    }

    @Test
    void theResultSaysHowManyPassesWarmedUp() {
        BenchResult r = new BenchResult(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, "gc", 8);
        assertTrue(r.toJson().endsWith("\"warmup_passes\": 8}"), r.toJson());
        assertTrue(r.toTable().contains("after 8 untimed passes"), r.toTable());
    }
}
