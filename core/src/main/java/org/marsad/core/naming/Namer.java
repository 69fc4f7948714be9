package org.marsad.core.naming;

import java.time.LocalDate;
import org.marsad.core.segment.Page;

/**
 * The second step of the chain: {@link org.marsad.core.reading.Reading} → {@link Named}, through the
 * {@link ArticleMemory} of the article the sentence belongs to. Thread-safe; a memory is not.
 */
public interface Namer {
    /** A new memory for one article of {@code page}, dated {@code published} (may be null). */
    ArticleMemory open(Page page, LocalDate published);
}
