package org.marsad.core.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.core.decide.Decided;
import org.marsad.core.decide.EventDecider;
import org.marsad.core.decide.TrainedDecider;
import org.marsad.core.proposal.Candidate;
import org.marsad.core.proposal.Candidates;
import org.marsad.core.segment.Page;
import org.marsad.core.segment.PageFormat;
import org.marsad.core.segment.PageMeta;
import org.marsad.model.Event;
import org.marsad.model.EventType;

/** The decision step sees each candidate with its sentence, and what it keeps is what the pipeline codes. */
class ChainTest {
    private static final Pipeline PIPELINE = Pipeline.standard();
    private static final String TEXT = "اشتباكات في ريف المدينة\n\n"
            + "قتل ثلاثة مدنيين بقصف مدفعي استهدف قرية في ريف حلب الجنوبي صباح الثلاثاء.\n\n"
            + "ولم تعلن أي جهة مسؤوليتها عن الهجوم حتى الآن.\n";
    private static final Page PAGE = Page.of("chain.txt", PageFormat.SCRAPED_TEXT, TEXT,
            new PageMeta(null, null, LocalDate.of(2025, 3, 4), null, null));

    @Test
    void theShippedModelDecidesByDefault() {
        List<Event> events = PIPELINE.process(PAGE).events();
        assertFalse(events.isEmpty(), "the killing is reported");
        assertTrue(PIPELINE.decider() instanceof TrainedDecider, "the shipped pipeline decides with the trained model");
        assertEquals(events, PIPELINE.withDecider(TrainedDecider.shipped()).process(PAGE).events());
        List<String> rules = PIPELINE.withDecider(EventDecider.RULES).process(PAGE).events().stream().map(Event::id).toList();
        assertTrue(rules.containsAll(events.stream().map(Event::id).toList()), "the model keeps some of the rules' events");
    }

    @Test
    void aDeciderThatKeepsNothingLeavesNoEvent() {
        assertEquals(List.of(), PIPELINE.withDecider((candidates, text) -> List.of()).process(PAGE).events());
    }

    @Test
    void aDeciderSeesEachCandidateWithItsSentence() {
        List<String> seen = new ArrayList<>();
        EventDecider watching = new EventDecider() {
            @Override
            public List<Event> decide(List<Event> candidates, String text) {
                return candidates;
            }

            @Override
            public Decided decide(Candidates candidates) {
                for (Candidate c : candidates.list()) {
                    seen.add(c.at().index() + ":" + c.at().sentence().tokens().size() + ":" + c.event().type() + ":"
                            + c.named().places().size());
                }
                return EventDecider.super.decide(candidates);
            }
        };
        PIPELINE.withDecider(watching).process(PAGE);
        // the first body sentence (index 0), its 13 words, an assault, and the place it names (ريف حلب)
        assertTrue(seen.contains("0:13:" + EventType.ASSAULT + ":1"), String.valueOf(seen));
    }
}
