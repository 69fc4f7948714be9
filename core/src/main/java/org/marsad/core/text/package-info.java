/**
 * Arabic text: normalisation with an alignment back to the original, sentence splitting and tokenisation with
 * clitic-stripped forms for lexicon lookup.
 * <p>
 * In: the extracted text of a page and the spans of its body blocks. Out: sentence {@link org.marsad.model.Span}s
 * ({@link org.marsad.core.text.SentenceSplitter}), {@link org.marsad.core.text.Token}s
 * ({@link org.marsad.core.text.Tokenizer}) and, for matchers that run on normalised text, an
 * {@link org.marsad.core.text.AlignedText} ({@link org.marsad.core.text.ArabicNormalizer#align}) whose spans map
 * back with {@link org.marsad.core.text.AlignedText#toOriginal}. Every offset is a UTF-16 index into the original
 * text. Lexicon keys must be normalised with the same {@link org.marsad.core.text.ArabicNormalizer#normalize}.
 * <p>
 * Internals: {@code CharTables} (per-char facts for the normaliser), {@code Clitics} (the forms of one word),
 * {@code Enclosures} (quoted stretches of a line), the bundled {@code abbreviations.tsv}.
 */
package org.marsad.core.text;
