/**
 * Step 3 of the sentence chain (docs/architecture.md). In: {@link org.marsad.core.naming.Named}. Out:
 * {@link org.marsad.core.proposal.Candidates}, what the rules propose: each trigger with its status and the rules'
 * verdict. Interface {@link org.marsad.core.proposal.Proposer}; default {@link org.marsad.core.proposal.RuleProposer}.
 */
package org.marsad.core.proposal;
