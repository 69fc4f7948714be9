package org.marsad.core.segment;

import java.util.List;

/**
 * Splits a page's text into articles of typed blocks (headline, dek, captions, body, bylines, chrome), with
 * related-article teasers marked.
 * <ul>
 * <li>Pages with their own title (ANT records; JSON Lines with a {@code title}): one article, the title its
 *     headline, every other line body except plain chrome.</li>
 * <li>Scraped pages (and JSON Lines without a title): the rules of {@link ScrapedSplitter} over lines that
 *     {@link LineClassifier} has typed.</li>
 * </ul>
 * Article indices are 0, 1, 2... in page order, teasers included: the index an event carries is the position of
 * its article in this list. Thread-safe; the cue lists are loaded once.
 */
public final class ArticleSplitter {
    private final ScrapedSplitter scraped;
    private final TitledSplitter titled;

    public ArticleSplitter() {
        this(PageCues.standard());
    }

    ArticleSplitter(PageCues cues) {
        LineClassifier classifier = new LineClassifier(cues);
        this.scraped = new ScrapedSplitter(classifier);
        this.titled = new TitledSplitter(classifier);
    }

    public List<Article> split(Page page) {
        if (page == null) {
            throw new IllegalArgumentException("split needs a page");
        }
        boolean hasTitle = page.meta().title() != null && !page.meta().title().isBlank();
        if (page.format() == PageFormat.ANT_DOC || (page.format() == PageFormat.JSONL || page.format() == PageFormat.HTML) && hasTitle) {
            return titled.split(page);
        }
        return scraped.split(page.text());
    }
}
