package org.marsad.core.segment.html;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.marsad.core.segment.Page;
import org.marsad.core.segment.PageFormat;
import org.marsad.core.segment.PageMeta;

/**
 * One HTML file to one page of format {@link PageFormat#HTML}: its text is the headline, a blank line, then one
 * main-content paragraph per line, so the titled-page splitter yields headline and body blocks; its id is a
 * hash of the file's bytes; its meta carries URL, outlet, publication date, title and (when not UTF-8) the
 * charset. Empty when the page has no text at all.
 */
public final class HtmlReader {
    private final HtmlExtractor extractor = new HtmlExtractor();

    public Optional<Page> read(String origin, byte[] bytes) {
        if (origin == null || bytes == null) {
            throw new IllegalArgumentException("read needs an origin and bytes");
        }
        HtmlExtraction x = extractor.extract(bytes, null);
        String text = x.text();
        if (text.isBlank()) {
            return Optional.empty();
        }
        String encoding = x.charset().equals(StandardCharsets.UTF_8) ? null : x.charset().name();
        PageMeta meta = new PageMeta(x.url(), x.outlet(), x.published(), x.title(), encoding);
        return Optional.of(new Page(Page.docIdOf(bytes), origin, PageFormat.HTML, text, meta));
    }
}
