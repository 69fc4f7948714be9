/**
 * Step 5 of the sentence chain (docs/architecture.md). In: {@link org.marsad.core.decision.Decided}. Out: the
 * sentence's {@link org.marsad.model.Event}s: roles ({@code event.RoleAttacher}), the record
 * ({@code event.EventAssembler}), its place ({@code geo.EventPlaces}), merged in the sentence. Interface
 * {@link org.marsad.core.assembly.EventAssembly}; default {@link org.marsad.core.assembly.RuleAssembly}.
 */
package org.marsad.core.assembly;
