/**
 * Arabic text: normalisation with an alignment back to the original, and tokenisation with clitic-stripped forms
 * for lexicon lookup.
 * <p>
 * In: the text of a page and the spans of its sentences. Out: {@link org.marsad.core.text.Token}s
 * ({@link org.marsad.core.text.Tokenizer}), each carrying the {@link org.marsad.core.text.WordHint}s of its word,
 * and, for matchers that run on normalised text, an {@link org.marsad.core.text.AlignedText}
 * ({@link org.marsad.core.text.ArabicNormalizer#align}), the one span mapper: its spans map back with
 * {@link org.marsad.core.text.AlignedText#toOriginal}, and {@link org.marsad.core.text.AlignedText#endOverMarks}
 * widens an end over the marks the normaliser dropped. Every offset is a UTF-16 index into the original text.
 * Lexicon keys must be normalised with the same {@link org.marsad.core.text.ArabicNormalizer#normalize}.
 * <p>
 * Internals: {@code CharTables} (per-char facts for the normaliser), {@code Clitics} (the forms of one word).
 * The base package under every other of core except {@code segment.html}.
 */
package org.marsad.core.text;
