package org.marsad.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.marsad.core.segment.Page;
import org.marsad.core.segment.PageFormat;
import org.marsad.core.segment.PageMeta;

/** The bench's workers live for the whole run, as a service's do: what they learned in the warm-up stays. */
class BenchThreadsTest {
    private static final String LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";

    /** Pages of made-up words, many of them distinct: a worker that knows none of them pays for each again. */
    private static List<Page> pages() {
        Random random = new Random(7);
        List<Page> out = new ArrayList<>();
        for (int p = 0; p < 120; p++) {
            StringBuilder text = new StringBuilder("عنوان الخبر رقم ").append(p).append("\n\n");
            for (int sentence = 0; sentence < 6; sentence++) {
                text.append("قصفت القوات");
                for (int w = 0; w < 25; w++) {
                    text.append(' ');
                    for (int c = 0; c < 4 + random.nextInt(4); c++) {
                        text.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
                    }
                }
                text.append(".\n");
            }
            out.add(Page.of("p" + p + ".txt", PageFormat.SCRAPED_TEXT, text.toString(),
                    new PageMeta(null, null, LocalDate.of(2025, 3, 4), null, null)));
        }
        return out;
    }

    @Test
    void twoWorkersDoNoMoreWorkPerPassThanOne() {
        List<Page> pages = pages();
        BenchResult one = new Bench(pages, 1, 2, 1).run();
        BenchResult two = new Bench(pages, 2, 2, 1).run();
        assertEquals(one.events(), two.events());
        assertTrue(one.allocatedMb() >= 1, "the pages make work to measure: " + one.toJson());
        assertTrue(two.allocatedMb() <= 2 * one.allocatedMb() + 1,
                "a timed pass on two workers allocates about what one worker does, not the words learned again: "
                        + one.allocatedMb() + " MB vs " + two.allocatedMb() + " MB");
    }
}
