package org.marsad.core.segment;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.marsad.core.segment.html.HtmlDecoder;
import org.marsad.core.segment.html.HtmlExtraction;
import org.marsad.core.segment.html.HtmlExtractor;
import org.marsad.core.segment.html.HtmlMetadata;

/**
 * One HTML file to one page of format {@link PageFormat#HTML}: its text is the headline, a blank line, then one
 * main-content paragraph per line, so the titled-page splitter yields headline and body blocks; its id is a
 * hash of the file's bytes; its meta carries URL, outlet, publication date, title and (when not UTF-8) the
 * charset. Empty when the page has no text at all.
 */
public final class HtmlReader {
    private final HtmlExtractor extractor = new HtmlExtractor();

    public Optional<Page> read(String origin, byte[] bytes) {
        return read(origin, bytes, null, null);
    }

    /**
     * As {@link #read(String, byte[])}, for a page fetched from {@code url} (may be null: the page's canonical
     * URL is used) whose HTTP or WARC {@code Content-Type} header was {@code contentType} (may be null).
     */
    public Optional<Page> read(String origin, byte[] bytes, String url, String contentType) {
        if (origin == null || bytes == null) {
            throw new IllegalArgumentException("read needs an origin and bytes");
        }
        return page(origin, bytes, extractor.extract(bytes, url, contentType), url);
    }

    /**
     * Reads one page into the sink: the page, or a diagnostic when it has no text; a suspected mis-decoding
     * that could not be repaired is reported as a diagnostic too (the page is still given). A repaired one is
     * named in the page's {@code encoding}.
     */
    public void read(String origin, byte[] bytes, String url, String contentType, PageSink sink) {
        if (origin == null || bytes == null || sink == null) {
            throw new IllegalArgumentException("read needs an origin, bytes and a sink");
        }
        HtmlExtraction x = extractor.extract(bytes, url, contentType);
        if (HtmlDecoder.isDoubtful(x.encodingNote())) {
            sink.problem(new Diagnostic(origin, x.encodingNote()));
        }
        page(origin, bytes, x, url).ifPresentOrElse(sink::page,
                () -> sink.problem(new Diagnostic(origin, "empty HTML page")));
    }

    private static Optional<Page> page(String origin, byte[] bytes, HtmlExtraction x, String url) {
        String text = x.text();
        if (text.isBlank()) {
            return Optional.empty();
        }
        String encoding = x.charset().equals(StandardCharsets.UTF_8) ? null : x.charset().name();
        if (x.encodingNote() != null) {
            encoding = x.charset().name() + " (" + x.encodingNote() + ")";
        }
        String pageUrl = x.url() != null ? x.url() : url;
        PageMeta meta = new PageMeta(pageUrl, x.outlet() != null ? x.outlet() : HtmlMetadata.hostOf(pageUrl),
                x.published(), x.title(), encoding);
        return Optional.of(new Page(Page.docIdOf(bytes), origin, PageFormat.HTML, text, meta));
    }
}
