/**
 * Arabic text: normalisation with an alignment back to the original ({@link org.marsad.core.text.AlignedText}),
 * sentence splitting and tokenisation with clitics recorded.
 * In: the extracted text of a page and the spans of its body blocks. Out: {@link org.marsad.core.text.Sentence}s
 * of {@link org.marsad.core.text.Token}s whose offsets point into the original text.
 */
package org.marsad.core.text;
