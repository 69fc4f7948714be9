package org.marsad.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.marsad.core.pipeline.PageResult;

/**
 * Run in a child JVM by {@link BulkCrashTest}: stores pages 0..n-1 in batches of {@code batch} (the bulk path of
 * {@code marsad ingest}; a fourth argument {@code background}: each batch indexed while the next is written, as the
 * ingest stores), saying after each batch; with {@code -Dmarsad.crash-at} it stops at a crash point.
 */
public final class BulkIngestChild {
    private BulkIngestChild() {
    }

    public static void main(String[] args) {
        int n = Integer.parseInt(args[1]);
        int batch = Integer.parseInt(args[2]);
        try (EventStore s = EventStore.open(Path.of(args[0]))) {
            BulkCrashTest.ingest(s, n, batch, args.length > 3 && args[3].equals("background"));
            System.out.println("done");
            System.out.flush();
        }
    }

    static List<List<PageResult>> batches(int n, int batch) {
        List<List<PageResult>> out = new ArrayList<>();
        for (int from = 0; from < n; from += batch) {
            List<PageResult> b = new ArrayList<>();
            for (int i = from; i < Math.min(n, from + batch); i++) {
                b.add(Fixtures.page(i));
            }
            out.add(b);
        }
        return out;
    }
}
