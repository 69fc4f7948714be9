package org.marsad.core.segment;

/**
 * A scraped text page ({@code *.txt}, standard input): the decoded text is the page text as it is, so every
 * offset points into it; the id is a hash of the file's bytes; the publication date is the page's own stamp
 * near its top, if it prints one ({@link DateStamp}).
 */
final class ScrapedTextReader implements FormatReader {
    private final LineClassifier classifier = new LineClassifier(PageCues.standard());

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
        if (decoded.problem() != null) {
            sink.problem(new Diagnostic(source.origin(), decoded.problem())); // the page is still read
        }
        PageMeta meta = PageMeta.NONE.withEncoding(decoded.encoding())
                .withPublished(DateStamp.find(decoded.text(), classifier));
        sink.page(new Page(Page.docIdOf(bytes), source.origin(), PageFormat.SCRAPED_TEXT, decoded.text(), meta));
    }
}
