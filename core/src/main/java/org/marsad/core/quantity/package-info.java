/**
 * How many: numbers in digits and words, approximations, and the slot they count (dead, injured, arrested,
 * displaced). In: a sentence. Out: {@link org.marsad.core.quantity.CountMention}s.
 */
package org.marsad.core.quantity;
