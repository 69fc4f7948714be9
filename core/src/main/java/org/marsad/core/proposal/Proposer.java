package org.marsad.core.proposal;

import org.marsad.core.naming.Named;

/** The third step of the chain: {@link Named} → {@link Candidates}. Thread-safe. */
public interface Proposer {
    Candidates propose(Named named);
}
