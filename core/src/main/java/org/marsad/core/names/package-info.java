/**
 * The trained name tagger (PERS / LOC / ORG by word): {@link org.marsad.core.names.NameLists} reads the project's
 * lexicons as evidence, {@link org.marsad.core.names.NameFeatures} hashes each word's features, a
 * {@link org.marsad.core.names.MultiClassModel} (weights only, trained by {@code marsad train ner} with
 * liblinear) scores the labels and {@link org.marsad.core.names.TrainedNameTagger} decodes left to right. In:
 * tokenised sentences; out: one type or null per word.
 */
package org.marsad.core.names;
