package org.marsad.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.bench.SyntheticStore;
import org.marsad.store.EventStore;

class LoadRunTest {
    @TempDir
    Path dir;

    @Test
    void concurrentReadsWhileIngestingGiveNoErrors() throws InterruptedException {
        SyntheticStore.fill(dir, 1000, true);
        try (EventStore store = EventStore.open(dir)) {
            long pagesBefore = store.count("pages");
            LoadReport r = new LoadRun(store, new LoadConfig(4, 2, 0, 1)).run();
            assertEquals(0, r.errors(), () -> "errors: " + r.errorSamples());
            assertEquals(0, r.ingestErrors(), () -> "ingest errors: " + r.errorSamples());
            assertTrue(r.requests() > 20, "requests answered: " + r.requests());
            assertTrue(r.byKind().keySet().containsAll(java.util.Set.of("events", "event", "search")), r.byKind()::toString);
            assertTrue(r.pagesIngested() > 0, "pages ingested during the run");
            assertEquals(pagesBefore + r.pagesIngested(), store.count("pages"), "the ingested pages are in the store");
            assertTrue(r.cost().cores() > 0 && r.cost().cpuMsPerRequest() > 0, r.cost()::toString);
            assertTrue(r.p50() <= r.p99(), "percentiles in order");
        }
    }

    @Test
    void theRequestMixAsksForKnownEventsAndValidFilters() {
        RequestMix mix = new RequestMix(3, java.util.List.of("e-0000000000000001"));
        for (int i = 0; i < 200; i++) {
            RequestMix.Request r = mix.next();
            assertTrue(r.path().startsWith("/api/"), r.path());
            if (r.kind().equals("event")) {
                assertEquals("/api/events/e-0000000000000001", r.path());
            }
        }
    }

    @Test
    void ingestPagesAreDistinctJson() throws Exception {
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        String a = mapper.readTree(IngestPages.json(1)).get("text").asText();
        String b = mapper.readTree(IngestPages.json(2)).get("text").asText();
        assertTrue(!a.equals(b) && a.contains("\n\n"), a);
    }
}
