/**
 * Step 3 of the sentence chain (docs/architecture.md). In: {@link org.marsad.core.naming.Named}. Out: the
 * sentence's {@link org.marsad.core.proposal.Candidate}s, what the rules propose (events assembled with roles,
 * date, counts and place), gathered per article into {@link org.marsad.core.proposal.Candidates}. Interface
 * {@link org.marsad.core.proposal.Proposer}; default {@link org.marsad.core.proposal.RuleProposer}.
 */
package org.marsad.core.proposal;
