package org.marsad.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.IntConsumer;
import org.marsad.model.DatePrecision;
import org.marsad.model.Entity;
import org.marsad.model.Event;
import org.marsad.model.EventDate;
import org.marsad.export.EventJson;
import org.marsad.model.EventStatus;
import org.marsad.model.EventType;
import org.marsad.model.Location;
import org.marsad.model.Size;
import org.marsad.model.Span;
import org.marsad.model.Trigger;
import org.marsad.store.Dimension;
import org.marsad.store.EventQuery;
import org.marsad.store.EventStore;
import org.marsad.store.StoreException;

/**
 * Filtered event queries over a store of {@code n} synthetic events: the store is filled in SQL (types,
 * countries, days and places drawn from small sets), then each query shape runs {@code runs} times with random
 * values and its median and 95th percentile are reported.
 */
public final class StoreBenchmark {
    private static final String[] TYPES = SyntheticStore.TYPES;
    private static final String[] COUNTRIES = SyntheticStore.COUNTRIES;
    private final Path dir;
    private final int events;
    private final int runs;

    public StoreBenchmark(Path dir, int events, int runs) {
        this.dir = dir;
        this.events = events;
        this.runs = runs;
    }

    /** One line per query shape: median and p95 in milliseconds. */
    public List<String> run() {
        long t0 = System.nanoTime();
        SyntheticStore.fill(dir, events, false);
        long fillMs = (System.nanoTime() - t0) / 1_000_000;
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.ROOT, "store of %,d synthetic events filled in %,d ms", events, fillMs));
        Random r = new Random(7);
        try (EventStore s = EventStore.open(dir)) {
            out.add(time("type + country + 30 days, 100 rows", i -> s.events(new EventQuery(pick(r, TYPES), null,
                    pick(r, COUNTRIES), null, day(r), null, null, 100, 0).withWindow(30))));
            out.add(time("actor prefix + type, 100 rows", i -> s.events(new EventQuery(pick(r, TYPES), null, null,
                    pick(r, COUNTRIES) + "MIL", null, null, null, 100, 0))));
            out.add(time("status + 7 days, page 3 of 50", i -> s.events(new EventQuery(null, "occurred", null, null,
                    day(r), null, null, 50, 100).withWindow(7))));
            out.add(time("count by day for one type", i -> s.countBy(Dimension.DAY, new EventQuery(pick(r, TYPES),
                    null, null, null, null, null, null, Integer.MAX_VALUE, 0))));
            out.add(time("sentence text has the words (index)", i -> s.events(new EventQuery(null, null, null, null, null,
                    null, "مدينة " + (r.nextInt(50) + 1) + " ", 100, 0))));
        }
        return out;
    }

    private String time(String name, IntConsumer query) {
        double[] ms = new double[runs];
        for (int i = 0; i < 5; i++) {
            query.accept(i);
        }
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            query.accept(i);
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return String.format(Locale.ROOT, "%-38s median %7.1f ms   p95 %7.1f ms", name, ms[runs / 2],
                ms[(int) Math.min(runs - 1, Math.ceil(runs * 0.95) - 1)]);
    }

    private static String pick(Random r, String[] from) {
        return from[r.nextInt(from.length)];
    }

    private static LocalDate day(Random r) {
        return LocalDate.of(2020, 1, 1).plusDays(r.nextInt(6 * 365));
    }
}
