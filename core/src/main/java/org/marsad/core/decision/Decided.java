package org.marsad.core.decision;

import java.util.List;
import org.marsad.core.event.SentenceReading;
import org.marsad.core.proposal.Candidates;

/**
 * The candidates of one sentence with the decision on each: {@code reading} holds one
 * {@link SentenceReading.Read} per candidate, in order, whose {@code reported} and {@code status} are decided.
 */
public record Decided(Candidates candidates, SentenceReading reading) {
    /** The rules' verdicts, unchanged. */
    public static Decided byRules(Candidates candidates) {
        return new Decided(candidates, candidates.rules());
    }

    /** {@code decisions}: one per candidate, in order (each a candidate's hit with the status and verdict chosen). */
    public static Decided of(Candidates candidates, List<SentenceReading.Read> decisions) {
        return new Decided(candidates, candidates.rules().decided(decisions));
    }

    /** Whether one candidate at least reports an event: only then does the sentence yield one. */
    public boolean reportsAny() {
        return reading.reportsAny();
    }
}
