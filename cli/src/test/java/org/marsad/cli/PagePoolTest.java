package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.marsad.core.pipeline.PageResult;
import org.marsad.core.pipeline.Pipeline;
import org.marsad.core.segment.Page;
import org.marsad.core.segment.PageFormat;
import org.marsad.core.segment.PageMeta;

/** The pool's hand-over to its consumer: order, and the drain once the input has ended (issue 18). */
class PagePoolTest {
    private static final Pipeline PIPELINE = Pipeline.standard();

    private static Page page(int i) {
        return Page.of("p" + i + ".txt", PageFormat.SCRAPED_TEXT, "خبر\n\nتظاهر مئات الطلاب في دمشق أمس، رقم " + i + ".\n",
                new PageMeta(null, null, LocalDate.of(2024, 11, 10), null));
    }

    /** What the consumer was given, in order. */
    private static final class Seen implements PagePool.Consumer {
        final List<String> calls = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void coded(Page page, PageResult result) {
            calls.add(page.origin());
        }

        @Override
        public void failed(Page page, Throwable error) {
            calls.add("failed " + page.origin());
        }

        @Override
        public void drain() {
            calls.add("drain");
        }

        @Override
        public void end() {
            calls.add("end");
        }

        List<String> now() {
            synchronized (calls) {
                return List.copyOf(calls);
            }
        }
    }

    private static void waitFor(BooleanSupplier done) throws InterruptedException {
        for (int i = 0; i < 1_000 && !done.getAsBoolean(); i++) {
            Thread.sleep(10);
        }
        assertTrue(done.getAsBoolean(), "the consumer got there");
    }

    @Test
    void theConsumerIsToldToDrainOnlyOnceTheInputHasEndedAndWhileItWaitsForAPage() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Seen seen = new Seen();
        // the third page's coding is held until released: the consumer waits for it
        java.util.function.Function<PageResult, Object> prepare = r -> {
            if (r.page().origin().equals("p2.txt")) {
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return null;
        };
        Thread finisher;
        try (PagePool pool = new PagePool(PIPELINE, 1, 8, 50, seen, prepare)) {
            for (int i = 0; i < 4; i++) {
                pool.submit(page(i));
            }
            waitFor(() -> seen.now().size() >= 2);
            Thread.sleep(5 * PagePool.DRAIN_LOOK_MS);
            assertEquals(List.of("p0.txt", "p1.txt"), seen.now(), "more pages may come: no drain while waiting");
            finisher = new Thread(pool::finish);
            finisher.start();
            waitFor(() -> seen.now().contains("drain"));
            assertEquals(List.of("p0.txt", "p1.txt", "drain"), seen.now(),
                    "the input has ended while the consumer waited for p2: told to drain, once");
            release.countDown();
            finisher.join(30_000);
        }
        List<String> all = seen.now();
        assertEquals(List.of("p0.txt", "p1.txt", "p2.txt", "p3.txt"),
                all.stream().filter(c -> c.endsWith(".txt")).toList(), "every page once, in order");
        assertEquals("end", all.get(all.size() - 1));
        assertEquals(3, all.indexOf("p2.txt"), "p2 after the drain");
    }
}
