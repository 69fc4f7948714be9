package org.marsad.core.segment;

/**
 * A scraped text page ({@code *.txt}, standard input): the decoded text is the page text as it is, so every
 * offset points into it; the id is a hash of the file's bytes.
 */
final class ScrapedTextReader implements FormatReader {

    @Override
    public void read(Source source, PageSink sink) {
        byte[] bytes = source.bytes();
        if (TextDecoder.looksBinary(bytes)) {
            sink.problem(new Diagnostic(source.origin(), "not a text page (binary)"));
            return;
        }
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
        if (decoded.text().isBlank()) {
            sink.problem(new Diagnostic(source.origin(), "empty page"));
            return;
        }
        PageMeta meta = PageMeta.NONE.withEncoding(decoded.encoding());
        sink.page(new Page(Page.docIdOf(bytes), source.origin(), PageFormat.SCRAPED_TEXT, decoded.text(), meta));
    }
}
