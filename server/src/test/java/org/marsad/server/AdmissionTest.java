package org.marsad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AdmissionTest {
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private Javalin app;

    @AfterEach
    void stop() {
        if (app != null) {
            app.stop();
        }
    }

    private String serve(Admission lane, io.javalin.http.Handler slow) {
        app = Javalin.create(c -> c.showJavalinBanner = false).get("/slow", lane.admit(slow)).start("127.0.0.1", 0);
        return "http://127.0.0.1:" + app.port() + "/slow";
    }

    private CompletableFuture<HttpResponse<String>> get(String url) {
        return http.sendAsync(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void atMostThePermittedNumberOfHandlersRunAtOnce() {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        Admission lane = new Admission("read", 2, Duration.ofSeconds(20));
        String url = serve(lane, ctx -> {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            Thread.sleep(150);
            running.decrementAndGet();
            ctx.result("ok");
        });
        List<CompletableFuture<HttpResponse<String>>> all = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            all.add(get(url));
        }
        for (CompletableFuture<HttpResponse<String>> f : all) {
            assertEquals(200, f.join().statusCode(), "every request waits its turn and is answered");
        }
        assertEquals(2, most.get(), "two handlers at once, never more (and the lane is used: not one)");
        assertEquals(2, lane.peak());
    }

    @Test
    void waitersAreAdmittedInArrivalOrder() throws InterruptedException {
        List<String> order = Collections.synchronizedList(new ArrayList<>());
        Admission lane = new Admission("read", 1, Duration.ofSeconds(20));
        String url = serve(lane, ctx -> {
            order.add(ctx.queryParam("n"));
            ctx.result("ok");
        });
        assertTrue(lane.tryHold(Duration.ZERO));
        List<CompletableFuture<HttpResponse<String>>> all = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            all.add(get(url + "?n=" + i));
            long until = System.nanoTime() + 10_000_000_000L;
            while (lane.waiting() < i + 1 && System.nanoTime() < until) {
                Thread.sleep(5);
            }
            assertEquals(i + 1, lane.waiting(), "request " + i + " is queued");
        }
        lane.release();
        all.forEach(f -> assertEquals(200, f.join().statusCode()));
        assertEquals(List.of("0", "1", "2", "3", "4"), order);
    }

    @Test
    void aRequestThatWaitsPastTheBoundIsRefusedWith503() throws InterruptedException {
        AtomicInteger ran = new AtomicInteger();
        Admission lane = new Admission("read", 1, Duration.ofMillis(200));
        String url = serve(lane, ctx -> ctx.result("ran " + ran.incrementAndGet()));
        assertTrue(lane.tryHold(Duration.ZERO));
        long t = System.nanoTime();
        HttpResponse<String> busy = get(url).join();
        long waitedMs = (System.nanoTime() - t) / 1_000_000;
        assertEquals(503, busy.statusCode());
        assertTrue(busy.body().contains("\"error\"") && busy.body().contains("busy"), busy.body());
        assertEquals("1", busy.headers().firstValue("Retry-After").orElse(""));
        assertTrue(waitedMs >= 190, "waited the bound first: " + waitedMs + " ms");
        assertEquals(0, ran.get(), "the refused request's handler did not run");
        lane.release();
        assertEquals("ran 1", get(url).join().body(), "a free lane admits at once");
    }

    @Test
    void aFailingHandlerGivesItsPermitBack() {
        Admission lane = new Admission("read", 1, Duration.ofMillis(500));
        String url = serve(lane, ctx -> {
            throw new IllegalStateException("boom");
        });
        for (int i = 0; i < 3; i++) {
            assertEquals(500, get(url).join().statusCode(), "the handler's failure, not a 503 for a lost permit");
        }
    }
}
