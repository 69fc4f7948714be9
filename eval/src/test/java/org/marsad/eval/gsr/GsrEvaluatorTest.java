package org.marsad.eval.gsr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marsad.model.Entity;
import org.marsad.model.Event;
import org.marsad.model.EventStatus;
import org.marsad.model.EventType;
import org.marsad.model.Sector;
import org.marsad.model.Span;
import org.marsad.model.Trigger;

class GsrEvaluatorTest {
    /** A fake coder: "ضرب" gives an ASSAULT, "لم" makes it negated, "سار" gives a PROTEST. */
    private static List<Event> fake(String id, String text) {
        if (text.contains("ضرب")) {
            EventStatus st = text.contains("لم ") ? EventStatus.NEGATED : EventStatus.OCCURRED;
            Entity actor = new Entity("الجيش الأحمر", 0, 3, "XXXMIL", "XXX", Sector.MIL, null);
            return List.of(event(EventType.ASSAULT, st, actor, "ASSAULT/ضرب#1"));
        }
        if (text.contains("سار")) {
            return List.of(event(EventType.PROTEST, EventStatus.OCCURRED, null, "PROTEST/سار#1"));
        }
        return List.of();
    }

    private static Event event(EventType t, EventStatus st, Entity actor, String rule) {
        return new Event("e", "d", 0, t, null, null, null, null, st, actor, null, new Trigger("x", 0, 1),
                null, null, null, new Span(0, 1), null, rule, 0.5);
    }

    private static final String ASSAULT_CSV = """
            id,event_type,label,accept,reject,total,text
            X_ARB_20200101.0001-1,ASSAULT,yes,3,0,3,"ضرب الجيش القرية، صباحا"
            X_ARB_20200101.0001-2,ASSAULT,yes,3,0,3,هطل المطر
            X_ARB_20200101.0001-3,ASSAULT,easy no,0,3,3,"قال ""ضرب"" هنا"
            X_ARB_20200101.0001-4,ASSAULT,difficult no,1,2,3,"لم ضرب
            في سطرين"
            X_ARB_20200101.0001-5,ASSAULT,difficult no,1,2,3,ضرب مرة أخرى
            X_ARB_20200101.0001-6,ASSAULT,easy no,0,3,3,لا شيء
            X_ARB_20200101.0001-7,ASSAULT,ambiguous,2,1,3,ضرب ما
            """;
    private static final String PROTEST_CSV = """
            id,event_type,label,accept,reject,total,text
            X_ARB_20200102.0001-1,PROTEST,yes,3,0,3,سار الناس
            X_ARB_20200102.0001-2,PROTEST,easy no,0,3,3,ضرب
            """;
    private static final String ASSAULT_SPANS = """
            [{"source": "X_ARB_20200101.0001-1", "text": "ضرب الجيش الأحمر",
              "spans": [{"source_actor": ["الجيش", "الاحمر"], "target_actor": [], "verb": ["ضرب"],
                         "source_role": {"main": "XXX", "role": "MIL"}, "target_role": {}},
                        {"source_actor": ["الجيش"], "target_actor": ["القرية"], "verb": ["ضرب"],
                         "source_role": "UNKNOWN", "target_role": {"main": "None", "role": "CVL"}}]},
             {"source": "X_ARB_20200101.0001-2", "text": "لا حدث",
              "spans": [{"source_actor": [], "target_actor": [], "verb": [], "source_role": {}, "target_role": {}}]}]
            """;

    private GsrReport run() {
        return new GsrEvaluator(GsrEvaluatorTest::fake).evaluate(
                Map.of(EventType.ASSAULT, ASSAULT_CSV, EventType.PROTEST, PROTEST_CSV),
                Map.of(EventType.ASSAULT, ASSAULT_SPANS), System.nanoTime());
    }

    @Test
    void detectionCountsSkipAmbiguousAndNegated() {
        BinaryScore a = run().detection().get(EventType.ASSAULT);
        // rows 1 yes+hit (tp), 2 yes+miss (fn), 3 easy no + hit (fp), 4 negated: tn, 5 difficult+hit (fp), 6 tn
        assertEquals(new BinaryScore(1, 2, 1, 2, 2, 1), a);
        assertEquals(1.0 / 3, a.precision(), 1e-9);
        assertEquals(0.5, a.recall(), 1e-9);
        assertEquals(0.4, a.f1(), 1e-9);
        assertEquals(0.5, a.hardNegativeAccuracy(), 1e-9);
    }

    @Test
    void otherTypesEventsDoNotCount() {
        BinaryScore p = run().detection().get(EventType.PROTEST);
        assertEquals(new BinaryScore(1, 0, 0, 1, 0, 0), p);
        assertEquals(1.0, p.f1(), 1e-9);
    }

    @Test
    void spanRecordsAreScoredPerAnnotatorWithNoneForMissing() {
        SpanScore s = run().spans().get(EventType.ASSAULT);
        assertEquals(3, s.n());
        // record 1: country and sector right; record 2: gold "UNKNOWN" → None, system XXX: wrong; record 3: no event
        assertEquals(1, s.actorCountry());
        assertEquals(1, s.actorSector());
        // recipient: system none; record 1 gold None/None right; record 2 None/CVL → country right only
        assertEquals(2, s.recipientCountry());
        assertEquals(1, s.recipientSector());
        // actor text "الجيش الأحمر" vs [الجيش, الاحمر] → 1 after normalisation; vs [الجيش] → 2/3
        assertEquals(1 + 2.0 / 3, s.actorTextF1(), 1e-9);
    }

    @Test
    void aCountryInferredFromThePlaceIsNoStatedCountry() {
        Entity inferred = new Entity("الجيش", 0, 3, "XXXMIL", "XXX", Sector.MIL, null, true);
        GsrReport r = new GsrEvaluator((id, text) -> text.contains("ضرب")
                ? List.of(event(EventType.ASSAULT, EventStatus.OCCURRED, inferred, "ASSAULT/ضرب#1")) : List.of())
                .evaluate(Map.of(EventType.ASSAULT, ASSAULT_CSV, EventType.PROTEST, PROTEST_CSV),
                        Map.of(EventType.ASSAULT, ASSAULT_SPANS), System.nanoTime());
        // record 1 gold XXX: wrong now; record 2 gold UNKNOWN → None: right; record 3: no event
        assertEquals(1, r.spans().get(EventType.ASSAULT).actorCountry());
        assertEquals(1, r.spans().get(EventType.ASSAULT).actorSector());
    }

    @Test
    void ruleCountsSplitTruePositivesAndFalsePositives() {
        GsrReport.RuleCount c = run().rules().get("ASSAULT/ضرب#1");
        assertEquals(new GsrReport.RuleCount(1, 2, 1), c); // negated row 4 and the PROTEST file's row do not count
    }

    @Test
    void dateComesFromTheId() {
        assertEquals(java.time.LocalDate.of(2007, 10, 26), GsrSentence.dateOf("AAW_ARB_20071026.0026-2"));
        assertEquals(null, GsrSentence.dateOf("no-date-here"));
    }
}
