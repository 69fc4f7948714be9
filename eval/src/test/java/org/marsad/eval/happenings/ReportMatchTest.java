package org.marsad.eval.happenings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marsad.model.Event;
import org.marsad.model.EventDate;
import org.marsad.model.EventStatus;
import org.marsad.model.EventType;
import org.marsad.model.Size;
import org.marsad.model.Span;
import org.marsad.model.Trigger;

/**
 * Which system event a gold report is matched to (issue 20): the event holding the gold trigger itself, else the
 * event read from the gold trigger's sentence, and only then an event that merged a mention the coder listed
 * elsewhere in the article.
 */
class ReportMatchTest {
    /** Gold trigger [100, 110) in the sentence [90, 150); the coder listed a mention at [300, 305). */
    private static final GoldReport GOLD = new GoldReport("a.txt", 100, 110, 0, "ASSAULT",
            List.of(new int[] {300, 305}), new int[] {90, 150}, "dev", "W1", false);

    private static ClustersEvaluation.Located at(String id, EventType type, int start, int end) {
        Event e = new Event(id, "d", 0, type, null, List.of(), null, null, EventStatus.OCCURRED, null, null,
                new Trigger("x", 0, 1), EventDate.UNKNOWN, null, Size.NONE, new Span(0, 1), null, null, 0);
        return new ClustersEvaluation.Located(e, List.of(new int[] {start, end}), List.of(new int[] {start, end}));
    }

    private static String matched(List<ClustersEvaluation.Located> events, Map<String, ClustersEvaluation.Match> how) {
        Map<String, String> eventOf = new HashMap<>();
        ClustersEvaluation.match(GOLD, events, eventOf, how);
        return eventOf.get(GOLD.key());
    }

    @Test
    void theEventOfTheTriggersOwnSentenceBeatsOneThatMergedAListedMention() {
        Map<String, ClustersEvaluation.Match> how = new HashMap<>();
        String id = matched(List.of(at("mention", EventType.ASSAULT, 300, 305),
                at("sentence", EventType.ASSAULT, 120, 125)), how);
        assertEquals("sentence", id);
        assertEquals(ClustersEvaluation.Match.SENTENCE, how.get(GOLD.key()));
    }

    @Test
    void theEventHoldingTheTriggerBeatsEveryOther() {
        Map<String, ClustersEvaluation.Match> how = new HashMap<>();
        String id = matched(List.of(at("mention", EventType.ASSAULT, 300, 305),
                at("sentence", EventType.ASSAULT, 120, 125), at("trigger", EventType.ASSAULT, 104, 108)), how);
        assertEquals("trigger", id);
        assertEquals(ClustersEvaluation.Match.OVERLAP, how.get(GOLD.key()));
    }

    @Test
    void aListedMentionStillMatchesWhenNothingReadsTheTriggersSentence() {
        Map<String, ClustersEvaluation.Match> how = new HashMap<>();
        String id = matched(List.of(at("other", EventType.PROTEST, 120, 125), at("mention", EventType.ASSAULT, 300, 305)),
                how);
        assertEquals("mention", id);
        assertEquals(ClustersEvaluation.Match.OVERLAP, how.get(GOLD.key()));
    }
}
