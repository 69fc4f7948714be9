/**
 * Where: locative phrases resolved against a gazetteer to coordinates, country and first-level division, with
 * ACLED's precision (1 the town, 2 near a town or part of a district, 3 a province, region or country).
 * In: a sentence's tokens and, optionally, the article's {@link org.marsad.core.geo.ArticleGeoContext}.
 * Out: {@link org.marsad.core.geo.PlaceMention}s, one per locative phrase, with UTF-16 offsets into the original
 * text. Stages: {@link org.marsad.core.geo.Gazetteer} (names, cues and common words from TSV resources, built by
 * tools/BuildGazetteer.java from GeoNames and Natural Earth) → {@code LocativeReader} (cue chains such as
 * "قرية ... غرب مدينة ... بريف ...") → {@code PlaceResolver} (candidates filtered by cue, disambiguated by the
 * phrase's and the article's countries, the finest place chosen) → {@link org.marsad.core.geo.PlaceFinder}.
 * {@link org.marsad.core.geo.EventPlaces} then picks an event's place among a sentence's mentions (no topic's
 * place, no bare country or capital standing for its government). What the gazetteer says of a word ({@code GeoWord}:
 * its one-word cue and name, whether the next word may continue a longer one ({@code WordPairs}), its shape) is
 * worked out once per distinct word, so that most tokens cost one read and the lexicons are walked only where a
 * longer entry may start.
 */
package org.marsad.core.geo;
