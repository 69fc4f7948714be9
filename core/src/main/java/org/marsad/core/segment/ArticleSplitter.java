package org.marsad.core.segment;

import java.util.ArrayList;
import java.util.List;
import org.marsad.model.Span;

/**
 * Splits a page's text into articles: headline, dek, captions, body paragraphs, bylines; duplicated caption
 * lines and chrome dropped; related-article teasers marked.
 * FIRST VERSION: the first non-empty line is the headline, every other line a body paragraph.
 */
public final class ArticleSplitter {

    public List<Article> split(Page page) {
        String text = page.text();
        List<Block> blocks = new ArrayList<>();
        String headline = null;
        Span headlineSpan = null;
        int i = 0;
        while (i < text.length()) {
            int nl = text.indexOf('\n', i);
            int end = nl < 0 ? text.length() : nl;
            int s = i;
            int e = end;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                if (headline == null && page.format() == PageFormat.SCRAPED_TEXT) {
                    headline = text.substring(s, e);
                    headlineSpan = new Span(s, e);
                    blocks.add(new Block(BlockKind.HEADLINE, headlineSpan));
                } else {
                    blocks.add(new Block(BlockKind.BODY, new Span(s, e)));
                }
            }
            i = end + 1;
        }
        if (headline == null && page.meta().title() != null) {
            headline = page.meta().title();
        }
        return List.of(new Article(0, headline, headlineSpan, blocks, false));
    }
}
