package org.marsad.core.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.core.budget.PageBudget;

/** Per-page containment: a failing or endless page is reported, with its origin and stage, and the rest is read. */
class PageContainmentTest {
    @TempDir
    Path dir;

    private static final String LINES = "{\"text\": \"الخبر الأول عن افتتاح جسر جديد في المدينة.\"}\n"
            + "{\"text\": \"الخبر الثاني عن مهرجان الكتاب السنوي.\"}\n"
            + "{\"text\": \"الخبر الثالث عن موسم الحصاد في القرى.\"}\n";

    /** A sink that fails on the page whose text holds {@code marker}, as a pipeline or store might. */
    private static final class Failing extends Collect {
        private final String marker;
        private final Throwable failure;

        Failing(String marker, Throwable failure) {
            this.marker = marker;
            this.failure = failure;
        }

        @Override
        public void page(Page page) {
            if (page.text().contains(marker)) {
                if (failure instanceof Error e) {
                    throw e;
                }
                throw (RuntimeException) failure;
            }
            super.page(page);
        }
    }

    private Path lines() throws IOException {
        Path f = dir.resolve("news.jsonl");
        Files.writeString(f, LINES, StandardCharsets.UTF_8);
        return f;
    }

    /** Before: an Error ended the batch; a RuntimeException lost the rest of the file as "cannot read". */
    @Test
    void aStackOverflowInThePipelineIsReportedForItsPageAndTheFileGoesOn() throws IOException {
        Failing sink = new Failing("الثاني", new StackOverflowError());
        new PageReader().read(lines(), sink);
        assertEquals(2, sink.pages.size());
        assertEquals(1, sink.problems.size());
        Diagnostic d = sink.problems.get(0);
        assertTrue(d.origin().endsWith("news.jsonl#2"), d.toString());
        assertTrue(d.reason().startsWith("failed after reading") && d.reason().contains("StackOverflowError"),
                d.reason());
    }

    @Test
    void aPipelineExceptionIsNotReportedAsCannotReadAndTheRestOfTheFileIsRead() throws IOException {
        Failing sink = new Failing("الأول", new IllegalStateException("store closed"));
        new PageReader().read(lines(), sink);
        assertEquals(2, sink.pages.size());
        assertEquals("failed after reading (pipeline or store): IllegalStateException store closed",
                sink.problems.get(0).reason());
        Failing fromBytes = new Failing("الأول", new IllegalStateException("x"));
        new PageReader().readBytes("mem", Path.of("m.jsonl"), LINES.getBytes(StandardCharsets.UTF_8), fromBytes);
        assertEquals(2, fromBytes.pages.size());
    }

    @Test
    void outOfMemoryIsNotSwallowed() throws IOException {
        Failing sink = new Failing("الأول", new OutOfMemoryError("test"));
        Path f = lines();
        org.junit.jupiter.api.Assertions.assertThrows(OutOfMemoryError.class, () -> new PageReader().read(f, sink));
    }

    /** A page that spins past its budget is stopped at its next check, named with its stage; the next page goes on. */
    @Test
    void aPagePastItsBudgetIsStoppedAndReportedWithItsStage() throws IOException {
        Collect sink = new Collect() {
            @Override
            public void page(Page page) {
                while (page.text().contains("الثاني")) {
                    PageBudget.check("spinning test stage");
                }
                super.page(page);
            }
        };
        new PageReader().withBudget(Duration.ofMillis(200)).read(lines(), sink);
        assertEquals(2, sink.pages.size());
        assertEquals(1, sink.problems.size());
        Diagnostic d = sink.problems.get(0);
        assertTrue(d.origin().endsWith("#2"), d.toString());
        assertTrue(d.reason().startsWith("stopped: over the page budget of 0.2 s CPU")
                && d.reason().endsWith("in stage spinning test stage"), d.reason());
    }

    @Test
    void budgetsNestAndACheckOutsideOneDoesNothing() {
        PageBudget.check("nothing open");
        String[] stage = {null};
        PageBudget.run(Duration.ofSeconds(30), () -> {
            try {
                PageBudget.run(Duration.ofMillis(100), () -> {
                    while (true) {
                        PageBudget.check("inner");
                    }
                });
            } catch (PageBudget.Exceeded e) {
                stage[0] = e.stage();
            }
            PageBudget.check("outer"); // the inner page's time is not the outer one's
        });
        assertEquals("inner", stage[0]);
    }
}
