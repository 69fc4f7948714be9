package org.marsad.core.reading;

import java.time.LocalDate;
import org.marsad.core.segment.Article;
import org.marsad.core.segment.Page;
import org.marsad.core.text.Sentence;

/**
 * The chain's first record: one tokenised sentence and where it stands, its page, its article, the date relative
 * dates resolve against ({@code published}, may be null) and its {@code index} among the article's sentences
 * (0 for the first sentence of the body).
 */
public record SentenceAt(Page page, Article article, LocalDate published, int index, Sentence sentence) {
    /** The page text every offset points into. */
    public String text() {
        return page.text();
    }
}
