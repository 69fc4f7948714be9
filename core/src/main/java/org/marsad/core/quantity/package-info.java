/**
 * How many: numbers in digits and words, approximations, ranges, and the slot they count (dead, injured,
 * arrested, displaced). In: the page text and a {@link org.marsad.core.text.Sentence} of it.
 * Out: {@link org.marsad.core.quantity.CountMention}s in text order with value, upper bound ({@code max}),
 * {@code approximate}, {@code cumulative} (a running toll) and {@link org.marsad.core.quantity.CountUnit}
 * (people or families). Numbers that count anything else (years, kilometres, shells, labels such as
 * {@code الجولة 22}, subsets after {@code بينهم}) are not emitted.
 * <p>
 * Shared with the time stage: {@link org.marsad.core.quantity.SentenceLexemes}, the sentence's
 * {@link org.marsad.core.quantity.Lexeme}s as the {@link org.marsad.core.quantity.Lexer} reads the normalised
 * sentence (put together from the tokens, each distinct word lexed once and remembered with the word; the sentence
 * is normalised and lexed whole only where that would differ), {@link org.marsad.core.quantity.NumberWords}
 * (written numbers from {@code numbers.tsv}) and {@link org.marsad.core.quantity.SourceSpans} (spans back to the
 * page), {@link org.marsad.core.quantity.FormMarks} (first-word tests on a lexeme's chars in place, so most lexemes
 * never cut out their text; a map made with {@code FormMarks.remembered} keeps its answer with each word), and
 * {@link org.marsad.core.quantity.Openers} (what opens a finder: a sentence whose words open nothing gets no
 * lexemes at all, told from per-word memos or the tokens' hints; a word the hint tells quiet gets a lexeme that reads
 * the word only when a rule asks, see {@code Lexeme.quiet}). Cue words come from {@code count-cues.tsv}. Conventions: عشرات = 10, مئات = 100, آلاف alone = 1000,
 * بضعة = 3, all approximate; a range gives its lower bound as value and its upper bound as max.
 */
package org.marsad.core.quantity;
