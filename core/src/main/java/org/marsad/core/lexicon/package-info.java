/**
 * Lexicons as checked data: UTF-8 TSV resources with a {@code #} header naming source and licence, keys
 * normalised with the runtime normaliser at load, a bad row failing start-up with {@code file:line: reason}.
 * In: token lists. Out: {@link org.marsad.core.lexicon.Match}es of multi-word entries, found in one pass.
 */
package org.marsad.core.lexicon;
