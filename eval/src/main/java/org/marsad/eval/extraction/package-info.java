/**
 * Scoring main-text extraction from HTML against the public benchmarks (spec/evaluation.md section 3). In: a
 * benchmark folder (trafilatura's {@code evaldata.json} + {@code html/*.gz}, or scrapinghub's
 * {@code ground-truth.json} + {@code html/ID.html.gz}) and an extractor (bytes and URL to text). Out: an
 * {@link org.marsad.eval.extraction.ExtractionReport} with precision, recall, F1 and accuracy, scored exactly as
 * the benchmark's own script does.
 */
package org.marsad.eval.extraction;
