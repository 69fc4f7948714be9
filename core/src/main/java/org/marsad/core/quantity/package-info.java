/**
 * How many: numbers in digits and words, approximations, ranges, and the slot they count (dead, injured,
 * arrested, displaced). In: the page text and a {@link org.marsad.core.text.Sentence} of it.
 * Out: {@link org.marsad.core.quantity.CountMention}s in text order with value, upper bound ({@code max}),
 * {@code approximate}, {@code cumulative} (a running toll) and {@link org.marsad.core.quantity.CountUnit}
 * (people or families). Numbers that count anything else (years, kilometres, shells, labels such as
 * {@code الجولة 22}, subsets after {@code بينهم}) are not emitted.
 * <p>
 * Lexemes come from the shared number lexer in {@code lex}. Cue words come from {@code count-cues.tsv}. Conventions: عشرات = 10, مئات = 100, آلاف alone = 1000,
 * بضعة = 3, all approximate; a range gives its lower bound as value and its upper bound as max.
 */
package org.marsad.core.quantity;
