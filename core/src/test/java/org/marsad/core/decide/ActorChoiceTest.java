package org.marsad.core.decide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
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

/**
 * The actor choice: the rules read the sides of a sentence, a model decides which one acted. First its mechanism,
 * with models whose weights are set by hand; then the shipped model on sentences of our own where the rules'
 * word-order reading misses the actor.
 */
class ActorChoiceTest {
    private static final Pipeline SHIPPED = Pipeline.standard();
    private static final String STRIKE = "قصفت القوات التركية مواقع للجيش السوري قرب منبج مساء الأحد.";

    private static List<Event> events(Pipeline p, String body) {
        return events(p, body, EventType.ASSAULT);
    }

    private static List<Event> events(Pipeline p, String body, EventType type) {
        String text = "أخبار اليوم\n\n" + body + "\n";
        Page page = Page.of("roles.txt", PageFormat.SCRAPED_TEXT, text,
                new PageMeta(null, null, LocalDate.of(2025, 3, 4), null, null));
        return p.process(page).events().stream().filter(e -> e.type() == type).toList();
    }

    /** A model that gives {@code weight} to one feature of {@link ActorFeatures} and nothing else. */
    private static ActorChoice favouring(String kind, String value) {
        int bits = 12;
        float[] w = new float[(1 << bits) + 1];
        w[(FeatureHash.hash(kind, value) & ((1 << bits) - 1)) + 1] = 10f;
        return new ActorChoice(new LinearModel(bits, w, 0f, 0.5f));
    }

    @Test
    void theRulesReadTheTurkishForcesAsActor() {
        List<Event> out = events(SHIPPED.withFields(FieldDecider.RULES), STRIKE);
        assertEquals(1, out.size(), "in: " + out);
        assertEquals("TUR", out.get(0).actor().country());
        assertEquals("SYR", out.get(0).recipient().country());
    }

    @Test
    void theLikeliestSideActsAndTheSidesSwapWhenTheRecipientIsChosen() {
        List<Event> out = events(SHIPPED.withFields(favouring("rec", "ASSAULT|true")), STRIKE);
        assertEquals(1, out.size(), "in: " + out);
        assertEquals("SYR", out.get(0).actor().country(), "the side the model favours acts: " + out);
        assertEquals("TUR", out.get(0).recipient().country(), "and the rules' actor suffers: " + out);
    }

    @Test
    void nobodyLeavesTheEventWithoutActor() {
        List<Event> out = events(SHIPPED.withFields(favouring("nobody", "ASSAULT")), STRIKE);
        assertEquals(1, out.size(), "in: " + out);
        assertNull(out.get(0).actor(), "no side acted: " + out);
        assertEquals("SYR", out.get(0).recipient().country(), "the recipient stays: " + out);
    }

    @Test
    void aTollsVictimsAndTheTargetOfAnAttackNeverAct() {
        String body = "قتل ثلاثة جنود سوريين في هجوم على دورية للجيش التركي قرب الحدود.";
        for (ActorChoice m : List.of(favouring("countedAny", "true"), favouring("prev", "ASSAULT|B|علي"),
                favouring("prev", "ASSAULT|A|علي"))) {
            for (Event e : events(SHIPPED.withFields(m), body)) {
                assertTrue(e.actor() == null || !"SYR".equals(e.actor().country()), "the victims do not act: " + e);
                assertTrue(e.actor() == null || !"TUR".equals(e.actor().country()), "the target does not act: " + e);
            }
        }
    }

    @Test
    void aProtestKeepsTheRulesReadingOfItsSides() {
        String body = "وتظاهر مئات الطلاب الجامعيين أمام مقر الحكومة في العاصمة تونس صباح اليوم.";
        Pipeline rules = SHIPPED.withFields(FieldDecider.RULES);
        Event byRules = events(rules, body, EventType.PROTEST).get(0);
        assertNotNull(byRules.actor(), "the rules read the students as the protesters: " + byRules);
        Event byModel = events(SHIPPED.withFields(favouring("nobody", "PROTEST")), body, EventType.PROTEST).get(0);
        assertEquals(byRules.actor(), byModel.actor(), "a model does not choose a protest's actor");
    }

    @Test
    void anActorModelShips() {
        assertNotNull(ActorChoice.shipped(), "the standard pipeline chooses actors with its model");
    }

    @Test
    void theFirstOfCoordinatedSubjectsBeforeTheVerbActs() {
        String body = "وكانت الولايات المتحدة وبريطانيا وكندا قصفت أربعة مطارات في سوريا صباح الأحد.";
        assertNull(events(SHIPPED.withFields(FieldDecider.RULES), body).get(0).actor(), "the rules find no actor");
        Event e = events(SHIPPED, body).get(0);
        assertNotNull(e.actor(), "in: " + e);
        assertEquals("USA", e.actor().country(), "in: " + e);
    }

    @Test
    void theAirForceAfterTheShellingNounActs() {
        List<Event> out = events(SHIPPED, "قتل خمسة مدنيين في قصف للطيران الروسي على بلدة في ريف إدلب الجنوبي.");
        assertTrue(!out.isEmpty());
        assertTrue(out.stream().allMatch(e -> e.actor() != null && "RUS".equals(e.actor().country())), "in: " + out);
    }
}
