/**
 * {@code marsad eval clusters --gold}: clusters of reports across articles scored against the happenings gold
 * (docs/annotation.md, "Happenings across outlets"; docs/evaluation-clusters in README). In: the article gold
 * ({@link org.marsad.eval.happenings.ArticleGold}: every coded event is a report), one coder's happenings
 * ({@link org.marsad.eval.happenings.HappeningsGold}), the pipeline and the clusterer. Out: B-cubed and pairwise
 * scores ({@link org.marsad.eval.happenings.BCubed}) in a {@link org.marsad.eval.happenings.ClustersReport}, with the
 * second coder's agreement beside.
 */
package org.marsad.eval.happenings;
