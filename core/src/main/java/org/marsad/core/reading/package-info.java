/**
 * Step 1 of the sentence chain (docs/architecture.md). In: a {@link org.marsad.core.reading.SentenceAt}, one
 * tokenised sentence and where it stands. Out: a {@link org.marsad.core.reading.Reading}, its triggers
 * ({@code event}), dates ({@code time}) and counts ({@code quantity}). Interface
 * {@link org.marsad.core.reading.SentenceReader}; default {@link org.marsad.core.reading.RuleReader}.
 */
package org.marsad.core.reading;
