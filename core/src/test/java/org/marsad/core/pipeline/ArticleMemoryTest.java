package org.marsad.core.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.core.segment.Page;
import org.marsad.core.segment.PageFormat;
import org.marsad.core.segment.PageMeta;
import org.marsad.model.Event;

/** The pipeline carries what an article taught about its persons from sentence to sentence. */
class ArticleMemoryTest {
    private static final Pipeline PIPELINE = Pipeline.standard();

    private static List<Event> events(String body) {
        String text = "وزير روسي يتهم واشنطن بعرقلة المفاوضات\n\n" + body;
        Page page = Page.of("memory.txt", PageFormat.SCRAPED_TEXT, text,
                new PageMeta(null, null, LocalDate.of(2025, 3, 4), null, null));
        return PIPELINE.process(page).events();
    }

    @Test
    void aSurnameNamedAloneLaterKeepsTheCodeOfItsTitledIntroduction() {
        List<Event> out = events("التقى وزير الخارجية الروسي سيرغي زاخاروفسكي نظيره التركي في أنقرة أمس.\n\n"
                + "واتهم زاخاروفسكي الولايات المتحدة بعرقلة المفاوضات.\n");
        Event accuse = out.stream().filter(e -> e.type().name().equals("ACCUSE")).findFirst().orElseThrow(
                () -> new AssertionError("no ACCUSE in " + out));
        assertTrue(accuse.actor() != null && accuse.actor().text().contains("زاخاروفسكي"), String.valueOf(accuse.actor()));
        assertEquals("RUS", accuse.actor().country(), "the surname alone keeps the minister's country");
    }

    @Test
    void anIntroductionInASentenceThatReportsNothingStillCounts() {
        String history = "وكان وزير الخارجية الروسي سيرغي زاخاروفسكي قد زار أنقرة العام الماضي.\n\n";
        List<Event> out = events(history + "واتهم زاخاروفسكي الولايات المتحدة بعرقلة المفاوضات.\n");
        int second = "وزير روسي يتهم واشنطن بعرقلة المفاوضات\n\n".length() + history.length();
        assertTrue(out.stream().allMatch(e -> e.sentence().start() >= second), "the visit last year is history: " + out);
        Event accuse = out.stream().filter(e -> e.type().name().equals("ACCUSE")).findFirst().orElseThrow(
                () -> new AssertionError("no ACCUSE in " + out));
        assertEquals("RUS", accuse.actor().country(), "the surname keeps the country its introduction gave it");
    }

    @Test
    void withoutAnIntroductionTheSurnameStaysUncoded() {
        List<Event> out = events("واتهم زاخاروفسكي الولايات المتحدة بعرقلة المفاوضات.\n");
        out.stream().filter(e -> e.type().name().equals("ACCUSE")).forEach(e ->
                assertTrue(e.actor() == null || !"RUS".equals(e.actor().country()), String.valueOf(e.actor())));
    }
}
