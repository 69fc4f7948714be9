/**
 * The base of every lexicon, above {@code text} and below every stage.
 * <ul>
 * <li>Lexicons as checked data: {@link org.marsad.core.lex.TsvReader} reads UTF-8 TSV resources with a {@code #}
 * header naming source and licence; keys are normalised with the runtime normaliser at load, and a bad row fails
 * start-up with {@code file:line: reason}.</li>
 * <li>{@link org.marsad.core.lex.PhraseLexicon}: multi-word entries over token lists, found in one pass
 * ({@link org.marsad.core.lex.Match}es).</li>
 * <li>The number lexer shared by {@code time} and {@code quantity}: {@link org.marsad.core.lex.SentenceLexemes},
 * the sentence's {@link org.marsad.core.lex.Lexeme}s as the {@link org.marsad.core.lex.Lexer} reads the normalised
 * sentence (put together from the tokens, each distinct word lexed once and remembered with the word; the sentence
 * is normalised and lexed whole only where that would differ); {@link org.marsad.core.lex.NumberWords} (written
 * numbers from {@code numbers.tsv}); {@link org.marsad.core.lex.Lexeme#pageSpan} (lexemes back to the page);
 * {@link org.marsad.core.lex.FormMarks} (first-word tests on a lexeme's chars in place, so most lexemes never cut
 * out their text; a map made with {@code FormMarks.remembered} keeps its answer with each word); and
 * {@link org.marsad.core.lex.Openers} (what opens a finder: a sentence whose words open nothing gets no lexemes at
 * all, told from per-word memos or the tokens' hints; a word the hint tells quiet gets a lexeme that reads the word
 * only when a rule asks, see {@code Lexeme.quiet}).</li>
 * </ul>
 */
package org.marsad.core.lex;
