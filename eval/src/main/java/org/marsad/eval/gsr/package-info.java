/**
 * {@code marsad eval gsr}: sentence-level ASSAULT / PROTEST detection and actor/recipient spans scored on the
 * openeventdata/arabic_event_gsr layout (spec/evaluation.md section 1).
 * In: a folder with {@code assault_gsr.csv}, {@code protest_gsr.csv}, {@code assault_spans.json},
 * {@code protest_spans.json}, and a sentence coder. Out: a {@link org.marsad.eval.gsr.GsrReport}.
 */
package org.marsad.eval.gsr;
