package org.marsad.core.segment;

/**
 * Turns the bytes of one input of a known kind into pages. Implementations are lenient: whatever they cannot
 * read goes to {@link PageSink#problem} and they never throw on content.
 */
interface FormatReader {
    void read(Source source, PageSink sink);
}
