package org.marsad.core.decide;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Event;
import org.marsad.model.EventStatus;
import org.marsad.model.EventType;
import org.marsad.model.Span;
import org.marsad.model.Trigger;

/** The decider keeps what the model accepts, says how sure it is, and features depend on the text, not on chance. */
class TrainedDeciderTest {
    private static final String TEXT = "قصفت الطائرات القرية أمس. ونفى الجيش أنه قصف المستشفى.";

    private static Event event(String trigger, EventStatus status) {
        int s = status == EventStatus.NEGATED ? TEXT.lastIndexOf(trigger) : TEXT.indexOf(trigger);
        int sentenceStart = TEXT.lastIndexOf('.', s) + 1;
        int sentenceEnd = TEXT.indexOf('.', s) + 1;
        return new Event("e" + s, "d", 0, EventType.ASSAULT, null, null, null, null, status, null, null,
                new Trigger(trigger, s, s + trigger.length()), null, null, null, new Span(sentenceStart, sentenceEnd),
                null, "ASSAULT/test", 0.5);
    }

    @Test
    void featuresAreDeterministicAndDependOnTheWords() {
        CandidateFeatures f = new CandidateFeatures(16);
        Event a = event("قصفت", EventStatus.OCCURRED);
        assertArrayEquals(f.of(a, TEXT, 0), new CandidateFeatures(16).of(a, TEXT, 0));
        assertNotEquals(List.of(f.of(a, TEXT, 0)), List.of(f.of(event("قصف", EventStatus.NEGATED), TEXT, 1)));
    }

    @Test
    void keepsWhatTheModelAcceptsAndRecordsItsProbability() {
        CandidateFeatures f = new CandidateFeatures(16);
        Event occurred = event("قصفت", EventStatus.OCCURRED);
        Event negated = event("قصف", EventStatus.NEGATED);
        float[] w = new float[(1 << 16) + 1];
        for (int i : f.of(occurred, TEXT, 0)) {
            w[i] += 0.5f;
        }
        for (int i : f.of(negated, TEXT, 1)) {
            w[i] -= 0.5f;
        }
        TrainedDecider d = new TrainedDecider(new LinearModel(16, w, 0, 0.5f));
        List<Event> kept = d.decide(List.of(occurred, negated), TEXT);
        assertEquals(1, kept.size());
        assertEquals(occurred.id(), kept.get(0).id());
        assertEquals(true, kept.get(0).confidence() > 0.9, "confidence is the model's probability");
        assertArrayEquals(new int[] {0, 1}, TrainedDecider.sentenceIndices(List.of(occurred, negated)));
    }
}
