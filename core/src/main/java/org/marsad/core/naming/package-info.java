/**
 * Step 2 of the sentence chain (docs/architecture.md). In: a {@link org.marsad.core.reading.Reading}. Out:
 * {@link org.marsad.core.naming.Named}, its actors ({@code entity}) and places ({@code geo}), read through the
 * article's {@link org.marsad.core.naming.ArticleMemory}, which holds the catch-up of sentences not yet read and
 * reads names only when a later step asks for them. Interface {@link org.marsad.core.naming.Namer}; default
 * {@link org.marsad.core.naming.RuleNamer}.
 */
package org.marsad.core.naming;
