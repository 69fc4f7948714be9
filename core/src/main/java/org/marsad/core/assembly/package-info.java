/**
 * Step 5 of the chain (docs/architecture.md). In: {@link org.marsad.core.decide.Decided}, the candidate events
 * kept. Out: the article's {@link org.marsad.model.Event}s, one per happening ({@code dedup}), dated by their report
 * when the text gives no date ({@code time.ReportDate}). Interface {@link org.marsad.core.assembly.EventAssembly};
 * default {@link org.marsad.core.assembly.ArticleAssembly}.
 */
package org.marsad.core.assembly;
