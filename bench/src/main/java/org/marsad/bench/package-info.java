/**
 * {@code marsad bench}: the whole pipeline (page → events, no store) over a corpus after a warm-up, and
 * Lucene's {@code ArabicAnalyzer} over the same texts in the same run as the baseline that only tokenises,
 * normalises and stems. See {@code spec/evaluation.md} section 4.
 */
package org.marsad.bench;
