/**
 * Named-entity evaluation: reads CoNLL-style corpora (ANERcorp, AQMAR: {@code token TAG} lines) and scores
 * {@link org.marsad.eval.ner.NameTagger} token by token for PERS, LOC and ORG. In: a file or folder;
 * out: a {@link org.marsad.eval.ner.NerReport} (table or JSON). The corpora are for measuring only. The tagger
 * ({@code NameTagger}, {@code NameScan}, {@code NameChains}, {@code NameTaggerPlaces}) and its word lists (see
 * MANIFEST.md) sit here, beside their only user; it reads the actor lexicons of core and the gazetteer.
 */
package org.marsad.eval.ner;
