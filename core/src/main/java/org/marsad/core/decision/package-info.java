/**
 * Step 4 of the sentence chain (docs/architecture.md). In: {@link org.marsad.core.proposal.Candidates}. Out:
 * {@link org.marsad.core.decision.Decided}. Interface {@link org.marsad.core.decision.Decider}, where a trained
 * model plugs in; default {@link org.marsad.core.decision.RuleDecider} (the rules' verdict).
 */
package org.marsad.core.decision;
