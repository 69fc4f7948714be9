/**
 * Trained decisions: the rules propose candidate events and read their fields; a model trained on annotated
 * real Arabic decides which candidates are reported events ({@link org.marsad.core.decide.EventDecider}).
 * The model holds hashed features and weights only, never training text ({@link org.marsad.core.decide.LinearModel});
 * {@link org.marsad.core.decide.CandidateFeatures} turns a candidate and its sentence into those hashed features.
 * Training lives in the {@code learn} module ({@code marsad train events}); see docs/learning.md.
 */
package org.marsad.core.decide;
