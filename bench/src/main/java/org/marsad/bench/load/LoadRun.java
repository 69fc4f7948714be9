package org.marsad.bench.load;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.marsad.core.pipeline.Pipeline;
import org.marsad.model.Event;
import org.marsad.server.ApiServer;
import org.marsad.server.PageIngest;
import org.marsad.server.ServerConfig;
import org.marsad.store.EventQuery;
import org.marsad.store.EventStore;

/**
 * One bounded load run: starts the API server on 127.0.0.1 (a free port) over an open store, runs the read
 * clients of {@link RequestMix} and one ingest client for the configured time, and reports what it saw.
 */
public final class LoadRun {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private final EventStore store;
    private final LoadConfig config;
    private final int maxReads;
    private final String token = UUID.randomUUID().toString();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT).build();
    private final Map<String, AtomicLong> byKind = new ConcurrentHashMap<>();
    private final AtomicLong errors = new AtomicLong();
    private final AtomicLong ingested = new AtomicLong();
    private final AtomicLong ingestErrors = new AtomicLong();
    private final List<String> errorSamples = Collections.synchronizedList(new ArrayList<>());
    private volatile long heapPeak;

    /** A run against a server with the default admission ({@link ServerConfig#DEFAULT_MAX_READS} reads at once). */
    public LoadRun(EventStore store, LoadConfig config) {
        this(store, config, ServerConfig.DEFAULT_MAX_READS);
    }

    /** A run against a server that runs at most {@code maxReads} read requests at once. */
    public LoadRun(EventStore store, LoadConfig config, int maxReads) {
        this.store = store;
        this.config = config;
        this.maxReads = maxReads;
    }

    /** Runs the load and returns its report; the server is stopped at the end. */
    public LoadReport run() throws InterruptedException {
        Javalin app = ApiServer.create(store, new PageIngest(Pipeline.standard(), store),
                ServerConfig.local(0, token).withAdmission(maxReads, ServerConfig.DEFAULT_ADMISSION_WAIT)).start("127.0.0.1", 0);
        try {
            String base = "http://127.0.0.1:" + app.port();
            List<String> ids = sampleIds();
            warmUp(base, ids);
            long heapBefore = heapAfterGc();
            RunCost.Mark start = RunCost.Mark.now();
            List<Map<String, Latencies>> lat = drive(base, ids);
            RunCost cost = RunCost.since(start, byKind.values().stream().mapToLong(AtomicLong::get).sum());
            long heapAfter = heapAfterGc();
            long[] sorted = Latencies.sorted(lat.stream().flatMap(m -> m.values().stream()).toList());
            Map<String, String> kinds = new TreeMap<>();
            byKind.forEach((k, v) -> {
                long[] one = Latencies.sorted(lat.stream().map(m -> m.get(k)).filter(x -> x != null).toList());
                kinds.put(k, String.format(java.util.Locale.ROOT, "%d (p50 %.0f, p99 %.0f ms)", v.get(),
                        Latencies.percentileMs(one, 50), Latencies.percentileMs(one, 99)));
            });
            return new LoadReport(config.clients(), config.seconds(), config.thinkMs(), store.count("events"),
                    sorted.length, errors.get(), kinds, Latencies.percentileMs(sorted, 50),
                    Latencies.percentileMs(sorted, 95), Latencies.percentileMs(sorted, 99),
                    Latencies.percentileMs(sorted, 100), ingested.get(), ingestErrors.get(), heapBefore, heapAfter,
                    Math.max(heapPeak, Math.max(heapBefore, heapAfter)), cost, errorSamples);
        } finally {
            app.stop();
        }
    }

    /** Event ids to ask for, from a few pages of the store spread over its length. */
    private List<String> sampleIds() {
        long n = store.count("events");
        Random r = new Random(config.seed());
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5 && n > 0; i++) {
            int offset = (int) Math.min(Integer.MAX_VALUE, (long) (r.nextDouble() * Math.max(0, n - 200)));
            for (Event e : store.events(new EventQuery(null, null, null, null, null, null, null, 200, offset))) {
                ids.add(e.id());
            }
        }
        return ids;
    }

    private void warmUp(String base, List<String> ids) throws InterruptedException {
        RequestMix mix = new RequestMix(config.seed() - 1, ids);
        Latencies ignored = new Latencies();
        for (int i = 0; i < 60; i++) {
            get(base, mix.next(), ignored, false);
        }
    }

    /** Runs the clients and the ingest client until the time is up; returns each client's latencies. */
    private List<Map<String, Latencies>> drive(String base, List<String> ids) throws InterruptedException {
        long deadline = System.nanoTime() + config.seconds() * 1_000_000_000L;
        List<Map<String, Latencies>> all = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < config.clients(); c++) {
            Map<String, Latencies> lat = new java.util.HashMap<>();
            all.add(lat);
            RequestMix mix = new RequestMix(config.seed() + c, ids);
            threads.add(new Thread(() -> client(base, mix, lat, deadline), "load-client-" + c));
        }
        threads.add(new Thread(() -> ingest(base, deadline), "load-ingest"));
        threads.add(new Thread(() -> sampleHeap(deadline), "load-heap"));
        for (Thread t : threads) {
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        return all;
    }

    private void client(String base, RequestMix mix, Map<String, Latencies> lat, long deadline) {
        while (System.nanoTime() < deadline) {
            RequestMix.Request req = mix.next();
            get(base, req, lat.computeIfAbsent(req.kind(), k -> new Latencies()), true);
            if (config.thinkMs() > 0 && !pause(config.thinkMs())) {
                return;
            }
        }
    }

    private void get(String base, RequestMix.Request req, Latencies lat, boolean count) {
        HttpRequest r = HttpRequest.newBuilder(URI.create(base + req.path())).timeout(TIMEOUT).GET().build();
        long t = System.nanoTime();
        try {
            HttpResponse<byte[]> resp = http.send(r, HttpResponse.BodyHandlers.ofByteArray());
            lat.add(System.nanoTime() - t);
            if (resp.statusCode() != 200) {
                failed(count, req.path() + " -> " + resp.statusCode() + " " + new String(resp.body(),
                        java.nio.charset.StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            lat.add(System.nanoTime() - t);
            failed(count, req.path() + " -> " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (count) {
            byKind.computeIfAbsent(req.kind(), k -> new AtomicLong()).incrementAndGet();
        }
    }

    private void failed(boolean count, String what) {
        if (count) {
            errors.incrementAndGet();
        }
        if (errorSamples.size() < 5) {
            errorSamples.add(what);
        }
    }

    /** Posts new pages one after another (a steady ingest) until the time is up. */
    private void ingest(String base, long deadline) {
        long n = System.currentTimeMillis() % 1_000_000 * 1000;
        while (System.nanoTime() < deadline) {
            HttpRequest r = HttpRequest.newBuilder(URI.create(base + "/api/pages")).timeout(TIMEOUT)
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(IngestPages.json(n++))).build();
            try {
                int status = http.send(r, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status == 201) {
                    ingested.incrementAndGet();
                } else if (status != 200) {
                    ingestErrors.incrementAndGet();
                    failed(false, "POST /api/pages -> " + status);
                }
            } catch (IOException e) {
                ingestErrors.incrementAndGet();
                failed(false, "POST /api/pages -> " + e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (!pause(50)) {
                return;
            }
        }
    }

    private void sampleHeap(long deadline) {
        while (System.nanoTime() < deadline && pause(500)) {
            Runtime rt = Runtime.getRuntime();
            heapPeak = Math.max(heapPeak, (rt.totalMemory() - rt.freeMemory()) >> 20);
        }
    }

    private static boolean pause(long ms) {
        try {
            Thread.sleep(ms);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static long heapAfterGc() throws InterruptedException {
        System.gc();
        Thread.sleep(200);
        Runtime rt = Runtime.getRuntime();
        return (rt.totalMemory() - rt.freeMemory()) >> 20;
    }
}
