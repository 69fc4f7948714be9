/**
 * Where: locative phrases resolved against a gazetteer to coordinates, country and first-level division,
 * with ACLED's precision. In: a sentence and the article's context. Out: {@link org.marsad.core.geo.PlaceMention}s.
 */
package org.marsad.core.geo;
