package org.marsad.core.segment.html;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Main-content extraction from HTML bytes or text: decode ({@link HtmlDecoder}), parse leniently with jsoup,
 * read metadata ({@link HtmlMetadata}), strip boilerplate ({@link Boilerplate}), choose the main container
 * ({@link ContentScorer}) and collect its paragraphs ({@link BlockCollector}). Never throws on content.
 */
public final class HtmlExtractor {

    /** Extracts the article from raw page bytes; {@code url} (may be null) is where the page came from. */
    public HtmlExtraction extract(byte[] bytes, String url) {
        if (bytes == null) {
            throw new IllegalArgumentException("extract needs bytes");
        }
        HtmlDecoder.Decoded decoded = HtmlDecoder.decode(bytes);
        return extract(decoded.text(), url, decoded.charset());
    }

    /** Extracts the article from already decoded page text. */
    public HtmlExtraction extract(String html, String url, java.nio.charset.Charset charset) {
        if (html == null || charset == null) {
            throw new IllegalArgumentException("extract needs text and its charset");
        }
        Document doc = Jsoup.parse(html, url == null ? "" : url);
        HtmlMetadata.Meta meta = HtmlMetadata.read(doc, url);
        Boilerplate.strip(doc);
        List<Element> containers = new ContentScorer().select(doc.body());
        List<String> paragraphs = BlockCollector.collect(containers);
        return new HtmlExtraction(meta.title(), paragraphs, meta.url(), meta.outlet(), meta.siteName(),
                meta.published(), meta.language(), charset);
    }
}
