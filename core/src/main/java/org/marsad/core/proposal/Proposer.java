package org.marsad.core.proposal;

import java.util.List;
import org.marsad.core.naming.Named;

/**
 * The third step of the chain: {@link Named} → the {@link Candidate}s of one sentence and its references
 * ({@link Proposal}), which the pipeline gathers into the article's {@link Candidates}. Thread-safe.
 */
public interface Proposer {
    /** The sentence's candidates and references. */
    Proposal propose(Named named);
}
