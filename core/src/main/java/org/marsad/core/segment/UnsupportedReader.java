package org.marsad.core.segment;

/** An input kind that a later version will read (HTML, WARC): reported, not guessed at. */
final class UnsupportedReader implements FormatReader {
    private final String reason;

    UnsupportedReader(String reason) {
        this.reason = reason;
    }

    @Override
    public void read(Source source, PageSink sink) {
        sink.problem(new Diagnostic(source.origin(), reason));
    }
}
