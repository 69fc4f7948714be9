/**
 * When: date expressions, absolute and relative to the article's publication date, resolved with a precision.
 * In: a sentence and the publication date (may be null). Out: {@link org.marsad.core.time.DateMention}s.
 */
package org.marsad.core.time;
