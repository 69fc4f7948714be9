package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.marsad.core.decide.EventDecider;
import org.marsad.core.decide.FieldDecider;
import org.marsad.core.decide.TrainedDecider;

/** Which decision an evaluation's --decider names. */
class DecidersTest {
    @Test
    void theShippedPipelineDecidesWithTheTrainedModelAndAllKeepsEveryCandidate() {
        assertTrue(Deciders.pipeline("shipped").decider() instanceof TrainedDecider);
        assertTrue(Deciders.pipeline("trained").decider() instanceof TrainedDecider);
        assertSame(EventDecider.RULES, Deciders.pipeline("all").decider());
        assertTrue(Deciders.pipeline("all").fields() != FieldDecider.RULES, "all keeps the shipped field choices");
        assertSame(FieldDecider.RULES, Deciders.pipeline("rules").fields());
        assertSame(EventDecider.RULES, Deciders.pipeline("rules").decider());
    }

    @Test
    void anUnknownDeciderIsABadArgument() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Deciders.pipeline("nothing"));
        assertTrue(e.getMessage().contains("rules, all, shipped, trained"), e.getMessage());
    }
}
