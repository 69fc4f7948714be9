package org.marsad.core.segment.html;

import org.marsad.core.budget.PageBudget;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Main-content extraction from HTML bytes or text: decode ({@link HtmlDecoder}), parse leniently with jsoup,
 * read metadata ({@link HtmlMetadata}), strip boilerplate ({@link Boilerplate}), choose the main container
 * ({@link ContentScorer}) and collect its paragraphs ({@link BlockCollector}); when that yields almost nothing,
 * retry keeping elements whose class names look like boilerplate, as Readability does; when the page's JSON-LD
 * states an article body more than twice as long as what the markup gave, take that ({@link JsonLdBody}).
 * The page is parsed and scored once, twice only when that retry can give something else; every step is
 * linear in the page, whatever its nesting depth.
 * Never throws on content.
 */
public final class HtmlExtractor {
    /** Below this many characters of body text, extraction is retried without removal by class names. */
    static final int ENOUGH = 250;

    /** The paragraphs, and whether boilerplate removal dropped any element by its class or id. */
    private record Found(List<String> paragraphs, boolean removedByName) {
    }

    private static Found paragraphs(Document doc, boolean byName, String description) {
        boolean removedByName = Boilerplate.strip(doc, byName);
        PageBudget.check("html boilerplate");
        TextMeasure text = TextMeasure.of(doc.body());
        List<Element> containers = new ContentScorer(text).select(doc.body());
        PageBudget.check("html scoring");
        return new Found(withLead(doc, containers, text, description), removedByName);
    }

    private static List<String> withLead(Document doc, List<Element> containers, TextMeasure text,
            String description) {
        List<String> paragraphs = BlockCollector.collect(containers);
        String lead = LeadFinder.find(doc.body(), containers, description, text);
        if (lead != null && !paragraphs.isEmpty() && !repeated(lead, paragraphs)) {
            List<String> withLead = new java.util.ArrayList<>(paragraphs.size() + 1);
            withLead.add(lead);
            withLead.addAll(paragraphs);
            return withLead;
        }
        return paragraphs;
    }

    /** The lead is one of the paragraphs, or the start of one (a dek that repeats the first sentence). */
    static boolean repeated(String lead, List<String> paragraphs) {
        String l = comparable(lead);
        for (String p : paragraphs) {
            String c = comparable(p);
            if (c.equals(l) || !l.isEmpty() && c.startsWith(l)) {
                return true;
            }
        }
        return false;
    }

    /** Letters and digits only, lower case: "…الشمالي." and "…الشمالي،" compare equal. */
    private static String comparable(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }

    private static int length(List<String> paragraphs) {
        return paragraphs.stream().mapToInt(String::length).sum();
    }

    /** Extracts the article from raw page bytes; {@code url} (may be null) is where the page came from. */
    public HtmlExtraction extract(byte[] bytes, String url) {
        return extract(bytes, url, null);
    }

    /**
     * Extracts the article from raw page bytes; {@code contentType} (may be null) is the HTTP or WARC
     * {@code Content-Type} header, whose charset comes right after a byte-order mark.
     */
    public HtmlExtraction extract(byte[] bytes, String url, String contentType) {
        if (bytes == null) {
            throw new IllegalArgumentException("extract needs bytes");
        }
        HtmlDecoder.Decoded decoded = HtmlDecoder.decode(bytes, contentType);
        return extract(decoded.text(), url, decoded.charset(), decoded.note());
    }

    /** Extracts the article from already decoded page text. */
    public HtmlExtraction extract(String html, String url, java.nio.charset.Charset charset) {
        return extract(html, url, charset, null);
    }

    private HtmlExtraction extract(String html, String url, java.nio.charset.Charset charset, String note) {
        if (html == null || charset == null) {
            throw new IllegalArgumentException("extract needs text and its charset");
        }
        String base = url == null ? "" : url;
        Document doc = Jsoup.parse(html, base);
        PageBudget.check("html parsing");
        HtmlMetadata.Meta meta = HtmlMetadata.read(doc, url);
        List<String> stated = JsonLdBody.paragraphs(doc);
        Found first = paragraphs(doc, true, meta.description());
        List<String> paragraphs = first.paragraphs();
        // the retry differs from the first attempt only when that removed something by name
        if (length(paragraphs) < ENOUGH && first.removedByName()) {
            List<String> retry = paragraphs(Jsoup.parse(html, base), false, meta.description()).paragraphs();
            if (length(retry) > length(paragraphs)) {
                paragraphs = retry;
            }
        }
        int statedLength = length(stated);
        if (statedLength >= JsonLdBody.MIN && length(paragraphs) < statedLength * JsonLdBody.SHARE) {
            paragraphs = stated;
        }
        return new HtmlExtraction(meta.title(), paragraphs, meta.url(), meta.outlet(), meta.siteName(),
                meta.published(), meta.language(), charset, note);
    }
}
