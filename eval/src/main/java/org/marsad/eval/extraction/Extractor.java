package org.marsad.eval.extraction;

/** The system under test: the raw bytes of a page and its URL (may be null) to the extracted text. */
@FunctionalInterface
public interface Extractor {
    String extract(byte[] html, String url);
}
