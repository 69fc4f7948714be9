package org.marsad.core.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.core.pipeline.Pipeline;
import org.marsad.core.segment.Page;
import org.marsad.core.segment.PageFormat;
import org.marsad.core.segment.PageMeta;
import org.marsad.model.Event;
import org.marsad.model.EventType;
import org.marsad.model.Mode;

/** مسيّرة is a drone beside طائرة, مفخخة or a launch, and a march elsewhere (issue 16, ambiguous words). */
class DroneOrMarchTest {
    /** With the rules' decision: these tests are about the words the rules read, not the decider. */
    private static final Pipeline PIPELINE = Pipeline.standard().withDecider(org.marsad.core.decide.EventDecider.RULES);

    private static List<Event> events(String sentence) {
        String text = "أخبار اليوم\n\n" + sentence + "\n";
        Page page = Page.of("drone.txt", PageFormat.SCRAPED_TEXT, text,
                new PageMeta(null, null, LocalDate.of(2025, 6, 10), null, null));
        return PIPELINE.process(page).events();
    }

    private static void assertDrone(String sentence) {
        List<Event> out = events(sentence);
        assertTrue(out.stream().noneMatch(e -> e.type() == EventType.PROTEST), "no march in: " + out);
        assertTrue(out.stream().anyMatch(e -> e.type() == EventType.ASSAULT && e.mode() == Mode.AERIAL),
                "a drone strike in: " + out);
    }

    @Test
    void aDroneIsNoMarch() {
        assertDrone("اعترضت الدفاعات الجوية طائرة مسيرة أطلقها المسلحون باتجاه المدينة مساء الأحد.");
        assertDrone("وأطلق المسلحون مسيرة مفخخة على المطار أمس.");
        assertDrone("وقال المتحدث إن المسلحين أطلقوا مسيرات على القاعدة فجر اليوم.");
    }

    @Test
    void aMarchStaysAMarch() {
        List<Event> out = events("وخرجت مسيرة حاشدة في وسط العاصمة أمس للتنديد بالغلاء.");
        assertEquals(List.of(EventType.PROTEST), out.stream().map(Event::type).distinct().toList());
    }
}
