/**
 * Sentence-level scores on the project's own labels of real ANT articles (docs/annotation.md): for each PLOVER
 * type, does the system report that type in a sentence the coders labelled with it.
 */
package org.marsad.eval.sentences;
