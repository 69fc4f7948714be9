/**
 * Named-entity evaluation: reads CoNLL-style corpora (ANERcorp, AQMAR: {@code token TAG} lines) and scores
 * {@link org.marsad.core.entity.NameTagger} token by token for PERS, LOC and ORG. In: a file or folder;
 * out: a {@link org.marsad.eval.ner.NerReport} (table or JSON). The corpora are for measuring only.
 */
package org.marsad.eval.ner;
