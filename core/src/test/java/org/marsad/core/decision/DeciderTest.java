package org.marsad.core.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.core.event.SentenceReading;
import org.marsad.core.pipeline.Pipeline;
import org.marsad.core.proposal.Candidates;
import org.marsad.core.segment.Page;
import org.marsad.core.segment.PageFormat;
import org.marsad.core.segment.PageMeta;
import org.marsad.model.Event;
import org.marsad.model.EventType;

/** The decision step is where a model plugs in: what it decides is what the pipeline codes. */
class DeciderTest {
    private static final String TEXT = "اشتباكات في ريف المدينة\n\n"
            + "قتل ثلاثة مدنيين بقصف مدفعي استهدف قرية في ريف حلب الجنوبي صباح الثلاثاء.\n\n"
            + "ولم تعلن أي جهة مسؤوليتها عن الهجوم حتى الآن.\n";
    private static final Page PAGE = Page.of("decider.txt", PageFormat.SCRAPED_TEXT, TEXT,
            new PageMeta(null, null, LocalDate.of(2025, 3, 4), null, null));

    @Test
    void theRulesDecideByDefault() {
        List<Event> events = Pipeline.standard().process(PAGE).events();
        assertFalse(events.isEmpty(), "the killing is reported");
        assertEquals(events, Pipeline.standard(new RuleDecider()).process(PAGE).events());
    }

    @Test
    void aDeciderThatRejectsEveryCandidateLeavesNoEvent() {
        List<Event> events = Pipeline.standard(c -> Decided.of(c, verdicts(c, false))).process(PAGE).events();
        assertEquals(List.of(), events);
    }

    @Test
    void aDeciderSeesTheSentenceItsCandidatesStandIn() {
        List<String> seen = new ArrayList<>();
        Pipeline.standard(c -> {
            if (!c.list().isEmpty()) {
                seen.add(c.at().index() + ":" + c.at().sentence().tokens().size() + ":"
                        + c.list().get(0).hit().rule().type());
            }
            return Decided.byRules(c);
        }).process(PAGE);
        assertTrue(seen.contains("0:13:" + EventType.ASSAULT), "the first body sentence, its 13 words: " + seen);
    }

    /** Every candidate of {@code c} with the rules' status and the verdict {@code reported}. */
    private static List<SentenceReading.Read> verdicts(Candidates c, boolean reported) {
        List<SentenceReading.Read> out = new ArrayList<>();
        for (SentenceReading.Read r : c.list()) {
            out.add(new SentenceReading.Read(r.hit(), r.status(), reported));
        }
        return out;
    }
}
