package org.marsad.core.proposal;

import java.util.List;
import org.marsad.core.naming.Named;

/**
 * The third step of the chain: {@link Named} → the {@link Candidate}s of one sentence, which the pipeline gathers
 * into the article's {@link Candidates}. Thread-safe.
 */
public interface Proposer {
    List<Candidate> propose(Named named);
}
