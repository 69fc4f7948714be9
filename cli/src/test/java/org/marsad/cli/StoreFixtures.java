package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.marsad.store.EventStore;

/** A small store filled through the CLI from pages written for the tests. */
final class StoreFixtures {
    private StoreFixtures() {
    }

    /** {@code dir/db}, holding two pages with at least one event. */
    static Path filled(Path dir) throws Exception {
        Path pages = Files.createDirectories(dir.resolve("pages"));
        Files.writeString(pages.resolve("a.txt"), "قصف على القرية\n\nقصفت القوات التركية قرية صغيرة شمال حلب يوم السبت.\n",
                StandardCharsets.UTF_8);
        Files.writeString(pages.resolve("b.txt"), "مظاهرة في المدينة\n\nتظاهر مئات الطلاب في دمشق أمس احتجاجا على الغلاء.\n",
                StandardCharsets.UTF_8);
        Path db = dir.resolve("db");
        CliRun r = CliRun.of("ingest", pages.toString(), "--db", db.toString(), "--published", "2024-11-10");
        assertEquals(0, r.code(), r.err());
        try (EventStore s = EventStore.open(db)) {
            assertTrue(s.count("events") > 0, "the fixture pages give events");
        }
        return db;
    }
}
