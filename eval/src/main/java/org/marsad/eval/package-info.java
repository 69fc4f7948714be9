/**
 * The project measures itself. Shared pieces here ({@link org.marsad.eval.Prf} for precision / recall / F1 from
 * counts, {@link org.marsad.eval.Table} for the human-readable tables); one subpackage per evaluation
 * ({@code articles}: whole gold articles, {@code gsr}: sentence-level GSR). In: gold data on disk and a pipeline.
 * Out: a report that prints as a table or as the JSON object of {@code spec/evaluation.md}.
 */
package org.marsad.eval;
